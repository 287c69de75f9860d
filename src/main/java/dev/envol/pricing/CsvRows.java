package dev.envol.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Streams the rows of a large CSV (AWS offer files are several GB) in bounded memory: a byte
 * buffer, field offsets into it, and Strings only for the fields asked for. Quoted fields,
 * doubled quotes, CRLF; a row longer than the buffer grows it.
 */
final class CsvRows {
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long QUOTES = 0x2222222222222222L;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final InputStream in;
    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int limit;
    private boolean eof;
    private long consumed;
    private long row;

    private int[] starts = new int[128];
    private int[] ends = new int[128];
    private boolean[] escaped = new boolean[128];
    private int count;

    CsvRows(InputStream in) {
        this.in = in;
    }

    /** Reads the next row; false at the end of the input. */
    boolean next() throws IOException {
        while (true) {
            if (pos >= limit) {
                if (eof || !fill()) {
                    return false;
                }
            }
            int end = parseRow(pos);
            if (end >= 0) {
                consumed += end - pos;
                pos = end;
                row++;
                return true;
            }
            if (!fill()) {
                // unreachable: fill() only fails at eof, where parseRow always finishes
                return false;
            }
        }
    }

    /** Compacts the buffer (keeping the current row) and reads more; false at end of input. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
        return true;
    }

    /** The end of the row starting at {@code p}, or -1 when more input is needed. */
    private int parseRow(int p) {
        count = 0;
        byte[] b = buf;
        while (true) {
            if (p >= limit) {
                if (!eof) {
                    return -1;
                }
                add(p, p, false);
                return p;
            }
            if (b[p] == '"') {
                int q = p + 1;
                boolean esc = false;
                while (true) {
                    q = nextQuote(b, q, limit);
                    if (q >= limit) {
                        if (!eof) {
                            return -1;
                        }
                        throw new IllegalArgumentException("a quoted field is not closed");
                    }
                    if (b[q] == '"') {
                        if (q + 1 >= limit && !eof) {
                            return -1;
                        }
                        if (q + 1 < limit && b[q + 1] == '"') {
                            esc = true;
                            q += 2;
                            continue;
                        }
                        break;
                    }
                }
                add(p + 1, q, esc);
                p = q + 1;
            } else {
                int q = p;
                while (q < limit && b[q] != ',' && b[q] != '\n' && b[q] != '\r') {
                    q++;
                }
                if (q >= limit && !eof) {
                    return -1;
                }
                add(p, q, false);
                p = q;
            }
            if (p >= limit) {
                if (!eof) {
                    return -1;
                }
                return p;
            }
            byte c = b[p];
            if (c == ',') {
                p++;
            } else if (c == '\n') {
                return p + 1;
            } else if (c == '\r') {
                if (p + 1 >= limit && !eof) {
                    return -1;
                }
                return p + 1 < limit && b[p + 1] == '\n' ? p + 2 : p + 1;
            } else {
                throw new IllegalArgumentException("text after a closing quote");
            }
        }
    }

    /**
     * The index of the next {@code "} at or after {@code from}, or {@code limit}: eight bytes at a
     * time (a zero byte of {@code word ^ 0x22..22} marks a quote), as quoted fields are most of an
     * offer file.
     */
    private static int nextQuote(byte[] b, int from, int limit) {
        int q = from;
        while (q + Long.BYTES <= limit) {
            long x = (long) LONGS.get(b, q) ^ QUOTES;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return q + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            q += Long.BYTES;
        }
        while (q < limit && b[q] != '"') {
            q++;
        }
        return q;
    }

    private void add(int start, int end, boolean esc) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            escaped = Arrays.copyOf(escaped, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        escaped[count] = esc;
        count++;
    }

    int size() {
        return count;
    }

    /** True for an empty line. */
    boolean blank() {
        return count == 1 && ends[0] == starts[0];
    }

    String field(int i) {
        if (i >= count) {
            return "";
        }
        String text = new String(buf, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        return escaped[i] ? text.replace("\"\"", "\"") : text;
    }

    /** Whether field {@code i} is exactly {@code ascii} (without making a String). */
    boolean fieldEquals(int i, byte[] ascii) {
        if (i >= count || ends[i] - starts[i] != ascii.length || escaped[i]) {
            return false;
        }
        return Arrays.equals(buf, starts[i], ends[i], ascii, 0, ascii.length);
    }

    /** Whether field {@code i} (absent: "") is exactly the ASCII {@code text}, without a String. */
    boolean fieldEquals(int i, String text) {
        int length = i < count ? ends[i] - starts[i] : 0;
        if (length != text.length() || (i < count && escaped[i])) {
            return false;
        }
        int start = i < count ? starts[i] : 0;
        for (int k = 0; k < length; k++) {
            if (buf[start + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The 1-based number of the current row (its line when no field holds a line break). */
    long row() {
        return row;
    }

    /** Bytes of input consumed by the rows read so far. */
    long bytes() {
        return consumed;
    }
}
