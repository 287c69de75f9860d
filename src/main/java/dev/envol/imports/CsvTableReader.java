package dev.envol.imports;

import dev.envol.model.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a CSV table (RFC 4180 quoting, quoted fields may span lines) record by record, so a
 * file of any length is read in constant memory. The separator is the one of {@code , ; TAB}
 * that splits the header line most often: RVTools writes {@code ;} in locales where the decimal
 * mark is a comma.
 */
final class CsvTableReader {
    private final String file;

    CsvTableReader(String file) {
        this.file = file;
    }

    void read(Path path, TableVisitor visitor) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(path), decoder), 1 << 16)) {
            in.mark(InventoryLimits.MAX_RECORD_CHARS);
            String first = firstLine(in);
            if (first == null || first.isBlank()) {
                throw new InputException(file + ": the file is empty (no header row)");
            }
            in.reset();
            Records records = new Records(in, separator(first));
            List<String> header = records.next();
            visitor.header(stripBom(header));
            List<String> cells;
            while ((cells = records.next()) != null) {
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue;
                }
                visitor.row(new SheetRow(records.startLine, cells));
            }
        }
    }

    private String firstLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n' && c != '\r') {
            if (line.length() >= InventoryLimits.MAX_RECORD_CHARS - 1) {
                throw new InputException(file + ": the header line is longer than "
                    + InventoryLimits.MAX_RECORD_CHARS + " characters: not an inventory");
            }
            line.append((char) c);
        }
        return c == -1 && line.length() == 0 ? null : line.toString();
    }

    static char separator(String header) {
        char best = ',';
        int bestCount = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < header.length(); i++) {
                char c = header.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == candidate && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static List<String> stripBom(List<String> header) {
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            List<String> copy = new ArrayList<>(header);
            copy.set(0, copy.get(0).substring(1));
            return copy;
        }
        return header;
    }

    /** Splits the stream into records; tracks the line each record starts on. */
    private final class Records {
        private final BufferedReader in;
        private final char separator;
        private long line = 1;
        long startLine;

        Records(BufferedReader in, char separator) {
            this.in = in;
            this.separator = separator;
        }

        List<String> next() throws IOException {
            int c = in.read();
            if (c == -1) {
                return null;
            }
            startLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int length = 0;
            while (c != -1) {
                if (++length > InventoryLimits.MAX_RECORD_CHARS) {
                    throw new InputException(file + ": row " + startLine + " is longer than "
                        + InventoryLimits.MAX_RECORD_CHARS + " characters (an unclosed quote?)");
                }
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int n = in.read();
                        if (n == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (n != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.length() == 0) {
                    quoted = true;
                } else if (c == separator) {
                    add(cells, cell);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') {
                            in.reset();
                        }
                    }
                    line++;
                    break;
                } else {
                    cell.append((char) c);
                }
                c = in.read();
            }
            add(cells, cell);
            return cells;
        }

        private void add(List<String> cells, StringBuilder cell) {
            if (cells.size() >= InventoryLimits.MAX_COLUMNS) {
                throw new InputException(file + ": row " + startLine + " has more than "
                    + InventoryLimits.MAX_COLUMNS + " columns: not an inventory");
            }
            if (cell.length() > InventoryLimits.MAX_CELL_CHARS) {
                throw new InputException(file + ": row " + startLine + ", column "
                    + (cells.size() + 1) + " has more than " + InventoryLimits.MAX_CELL_CHARS
                    + " characters");
            }
            cells.add(cell.toString().trim());
            cell.setLength(0);
        }
    }
}
