package dev.envol.io;

import dev.envol.model.Excerpt;
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

    /**
     * Problems are one short line whatever the file holds: paths are shortened, and the message
     * is cut as a last resort (values quoted in it are already cut where they are quoted).
     */
    static final int MAX_MESSAGE_CHARS = 400;

    void error(String code, String path, int line, int column, String message) {
        list.add(problem(Severity.ERROR, code, path, line, column, message));
        errors++;
    }

    private Problem problem(Severity severity, String code, String path, int line, int column,
                            String message) {
        String oneLine = message.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
        if (oneLine.length() > MAX_MESSAGE_CHARS) {
            oneLine = oneLine.substring(0, MAX_MESSAGE_CHARS) + Excerpt.ELLIPSIS;
        }
        return new Problem(severity, code, file, JsonPath.shorten(path), line, column, oneLine);
    }

    void error(String code, String path, Json at, String message) {
        error(code, path, at.line(), at.column(), message);
    }

    void warning(String code, String path, Json at, String message) {
        list.add(problem(Severity.WARNING, code, path, at.line(), at.column(), message));
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
