package dev.envol.exports;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One diagram file an export writes: its name in the output folder ({@code target.svg}), its
 * format on the command line ({@code svg}) and how to write it to a stream the caller owns.
 */
public record DiagramFile(String fileName, String format, Content content) {
    /** Writes the file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public void writeTo(OutputStream out) throws IOException {
        content.writeTo(out);
    }
}
