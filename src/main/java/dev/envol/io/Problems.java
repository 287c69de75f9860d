package dev.envol.io;

import dev.envol.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file as they are found. */
final class Problems {
    private final String file;
    private final List<Problem> list = new ArrayList<>();
    private int errors;

    Problems(String file) {
        this.file = file;
    }

    void error(String code, String path, int line, int column, String message) {
        list.add(new Problem(Severity.ERROR, code, file, path, line, column, message));
        errors++;
    }

    void error(String code, String path, Json at, String message) {
        error(code, path, at.line(), at.column(), message);
    }

    void warning(String code, String path, Json at, String message) {
        list.add(new Problem(Severity.WARNING, code, file, path, at.line(), at.column(), message));
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /** In file order: by line, then column (stable for problems at the same place). */
    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
            : Integer.compare(a.column(), b.column()));
        return copy;
    }
}
