package dev.envol.io;

import dev.envol.model.Severity;
import java.util.Objects;

/**
 * One thing wrong with a model file.
 *
 * @param path   JSON path of the offending value, e.g. {@code $.current.components[3].type}
 * @param line   1-based; 0 when unknown
 * @param column 1-based; 0 when unknown
 * @param code   a stable code such as {@code model.unknown-type}
 */
public record Problem(Severity severity, String code, String file, String path, int line,
                      int column, String message) {
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** {@code FILE:LINE:COLUMN: PATH: MESSAGE} on one line. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + path + ": " + message;
    }
}
