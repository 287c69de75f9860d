package dev.envol.imports;

import dev.envol.model.InputException;

/** Counts data rows as they stream: reports progress, honours cancel, enforces the row limit. */
final class RowCounter {
    private final String where;
    private final ImportProgress progress;
    private long rows;

    RowCounter(String where, ImportProgress progress) {
        this.where = where;
        this.progress = progress;
    }

    void next() {
        rows++;
        if (rows > InventoryLimits.MAX_ROWS) {
            throw new InputException(where + ": more than " + InventoryLimits.MAX_ROWS
                + " rows: refused (split the export, e.g. by datacenter or cluster)");
        }
        if (rows % 256 == 0) {
            progress.update("reading", rows);
            if (progress.cancelled()) {
                throw new ImportCancelledException(where);
            }
        }
    }

    long rows() {
        return rows;
    }
}
