package dev.envol.imports;

import dev.envol.model.InputException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler of one worksheet part: turns {@code <row><c r="B7" t="s"><v>3</v></c>} into rows of
 * cell texts (shared strings resolved, booleans as True/False, numbers as written). The first
 * non-empty row is the header.
 */
final class SheetHandler extends DefaultHandler {
    private final String file;
    private final String sheet;
    private final ReadOnlySharedStringsTable strings;
    private final TableVisitor visitor;
    private final StringBuilder text = new StringBuilder();
    private final List<String> cells = new ArrayList<>();
    private boolean headerSeen;
    private long rowNumber;
    private int column;
    private String cellType;
    private boolean inValue;

    SheetHandler(String file, String sheet, ReadOnlySharedStringsTable strings,
                 TableVisitor visitor) {
        this.file = file;
        this.sheet = sheet;
        this.strings = strings;
        this.visitor = visitor;
    }

    String sheet() {
        return sheet;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "row" -> {
                cells.clear();
                String r = atts.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : parseRow(r);
            }
            case "c" -> {
                String ref = atts.getValue("r");
                column = ref == null ? cells.size() : columnOf(ref);
                if (column >= InventoryLimits.MAX_COLUMNS) {
                    throw new InputException(file + ", sheet " + sheet + ", row " + rowNumber
                        + ": more than " + InventoryLimits.MAX_COLUMNS + " columns");
                }
                cellType = atts.getValue("t");
                text.setLength(0);
            }
            case "v", "t" -> inValue = true;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            if (text.length() + length > InventoryLimits.MAX_CELL_CHARS) {
                throw new InputException(file + ", sheet " + sheet + ", row " + rowNumber
                    + ": a cell has more than " + InventoryLimits.MAX_CELL_CHARS + " characters");
            }
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "c" -> {
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value().trim());
            }
            case "row" -> emit();
            default -> { }
        }
    }

    private String value() {
        String raw = text.toString();
        if (cellType == null) {
            return raw;
        }
        return switch (cellType) {
            case "s" -> sharedString(raw);
            case "b" -> "1".equals(raw.trim()) ? "True" : "False";
            default -> raw;
        };
    }

    private String sharedString(String raw) {
        try {
            return strings.getItemAt(Integer.parseInt(raw.trim())).getString();
        } catch (RuntimeException e) {
            throw new InputException(file + ", sheet " + sheet + ", row " + rowNumber
                + ": cell refers to a missing shared string \"" + raw + "\"", e);
        }
    }

    private void emit() {
        boolean empty = cells.stream().allMatch(String::isEmpty);
        if (!headerSeen) {
            if (!empty) {
                headerSeen = true;
                visitor.header(List.copyOf(cells));
            }
            return;
        }
        if (!empty) {
            visitor.row(new SheetRow(rowNumber, List.copyOf(cells)));
        }
    }

    private long parseRow(String r) {
        try {
            return Long.parseLong(r);
        } catch (NumberFormatException e) {
            return rowNumber + 1;
        }
    }

    /** "AB12" -> 27 (zero-based column of the cell reference). */
    static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
                if (col > InventoryLimits.MAX_COLUMNS) {
                    return col;
                }
            } else {
                break;
            }
        }
        return col - 1;
    }
}
