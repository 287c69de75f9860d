package dev.envol.imports;

import dev.envol.catalog.Bounds;
import dev.envol.model.Excerpt;
import dev.envol.model.InputException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header of an inventory table: finds columns by name (case and spacing ignored, first of
 * several accepted spellings) and reads typed cells with messages that name the file, the sheet,
 * the row and the column.
 */
final class Columns {
    private final String where;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names;

    /** @param where "FILE, sheet vInfo" or "FILE": how messages name the table */
    Columns(String where, List<String> names) {
        this.where = where;
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(key(names.get(i)), i);
        }
    }

    String where() {
        return where;
    }

    private static String key(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The first of {@code spellings} present, or empty. */
    Optional<Column> find(String... spellings) {
        for (String s : spellings) {
            Integer i = index.get(key(s));
            if (i != null) {
                return Optional.of(new Column(names.get(i), i));
            }
        }
        return Optional.empty();
    }

    /** The column, or a message naming the table and the missing column. */
    Column require(String... spellings) {
        return find(spellings).orElseThrow(() -> new InputException(where
            + ": missing required column \"" + spellings[0] + "\""
            + (spellings.length > 1 ? " (or \"" + String.join("\", \"",
                List.of(spellings).subList(1, spellings.length)) + "\")" : "")));
    }

    String text(SheetRow row, Column column) {
        return column == null ? "" : row.cell(column.index());
    }

    /** A number, or {@code null} when the cell is empty; a message when it is not a number. */
    BigDecimal number(SheetRow row, Column column) {
        String raw = text(row, column);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.replace('\u00a0', ' ').replace(" ", "")
                .replace(',', '.'));
            if (value.signum() < 0) {
                throw wrong(row, column, raw, "a negative number");
            }
            if (value.compareTo(MAX_NUMBER) > 0) {
                throw wrong(row, column, raw, "more than " + Bounds.describe(MAX_NUMBER, "")
                    + ", not a plausible inventory value");
            }
            return value;
        } catch (NumberFormatException e) {
            throw wrong(row, column, raw, "not a number");
        }
    }

    BigDecimal requiredNumber(SheetRow row, Column column) {
        BigDecimal value = number(row, column);
        if (value == null) {
            throw new InputException(where + ", row " + row.number() + ", column \""
                + column.name() + "\": empty, a number is required");
        }
        return value;
    }

    /** A whole number (CPUs): a message when it has a fraction. */
    int requiredWhole(SheetRow row, Column column) {
        BigDecimal value = requiredNumber(row, column);
        if (value.compareTo(Bounds.COUNT) > 0) {
            throw wrong(row, column, text(row, column), "more than "
                + Bounds.describe(Bounds.COUNT, "") + ", not a plausible count");
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw wrong(row, column, text(row, column), "not a whole number");
        }
    }

    /** True/False, Yes/No, 1/0 (RVTools writes True/False; localized exports vary). */
    boolean flag(SheetRow row, Column column) {
        String raw = text(row, column).toLowerCase(Locale.ROOT);
        return switch (raw) {
            case "", "false", "no", "0", "faux", "non" -> false;
            case "true", "yes", "1", "vrai", "oui" -> true;
            default -> throw wrong(row, column, text(row, column), "not True or False");
        };
    }

    /**
     * The largest number an inventory cell may hold: 10^12 MiB is about 10^9 GB, so that every
     * size an import derives stays within the catalog's bounds (before this, 1e308 MiB of memory
     * gave a model the model reader refuses, and 1E+2147483647 broke the arithmetic).
     */
    static final BigDecimal MAX_NUMBER = Bounds.BYTES;

    InputException wrong(SheetRow row, Column column, String raw, String what) {
        String shown = Excerpt.of(raw);
        return new InputException(where + ", row " + row.number() + ", column \""
            + column.name() + "\": \"" + shown + "\" is " + what);
    }

    /** A column of the header: its name as written and its place. */
    record Column(String name, int index) {
    }
}
