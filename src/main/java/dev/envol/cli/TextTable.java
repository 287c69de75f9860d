package dev.envol.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals: the first column left-aligned, the others right-aligned
 * (they hold amounts), columns as wide as their widest cell.
 */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> rules = new ArrayList<>();
    private int leftFrom = Integer.MAX_VALUE;

    /** Columns from {@code column} on hold text: left-aligned. */
    TextTable textFrom(int column) {
        leftFrom = column;
        return this;
    }

    TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    /** A dashed line before the next row. */
    TextTable rule() {
        rules.add(rows.size());
        return this;
    }

    String render() {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        int total = 0;
        for (int w : width) {
            total += w + 2;
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            if (rules.contains(r)) {
                out.append("-".repeat(Math.max(0, total - 2))).append('\n');
            }
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                String pad = " ".repeat(width[i] - cell.length());
                line.append(i == 0 || i >= leftFrom ? cell + pad : pad + cell);
                if (i < row.length - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
