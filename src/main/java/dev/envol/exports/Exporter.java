package dev.envol.exports;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One export format. Writes to a stream the caller owns (and closes); the output depends on the
 * input only, so the same input gives the same bytes.
 *
 * @param <T> what the format is drawn from: a {@link Diagram} for one architecture, a list of
 *            them for multi-page formats
 */
public interface Exporter<T> {
    /** The format's name on the command line: {@code png}, {@code svg}, {@code drawio}, ... */
    String format();

    void write(T input, OutputStream out) throws IOException;
}
