package dev.envol.io;

import dev.envol.model.InputException;
import java.util.List;

/** A model that failed validation; the message is its first error, the list holds them all. */
public final class ModelLoadException extends InputException {
    private final List<Problem> problems;

    public ModelLoadException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        List<Problem> errors = problems.stream()
            .filter(p -> p.severity() == dev.envol.model.Severity.ERROR).toList();
        if (errors.isEmpty()) {
            return "invalid model";
        }
        String first = errors.get(0).format();
        return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " more)";
    }
}
