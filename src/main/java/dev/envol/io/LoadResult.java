package dev.envol.io;

import dev.envol.model.Project;
import dev.envol.model.Severity;
import java.util.List;
import java.util.Optional;

/**
 * What reading a model gave: the project when it has no error, and every problem found (errors
 * and warnings) in file order.
 */
public record LoadResult(Project project, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    public Optional<Project> projectIfValid() {
        return hasErrors() ? Optional.empty() : Optional.ofNullable(project);
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() != Severity.ERROR).toList();
    }
}
