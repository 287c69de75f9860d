package dev.envol.imports;

/**
 * Hard limits on what an import reads. Inventories come from outside, so a file can be huge or
 * built to hurt; past these limits the import stops with a message instead of eating the memory.
 */
final class InventoryLimits {
    /** Rows of data: 5x the largest estates we have seen in one export, well past the benchmark. */
    static final int MAX_ROWS = 50_000;
    /** Excel's own limit on a cell's text. */
    static final int MAX_CELL_CHARS = 32_767;
    /** A CSV record longer than this is not an inventory line. */
    static final int MAX_RECORD_CHARS = 1 << 20;
    /** Columns in one row: RVTools vInfo has ~90 (more with custom attributes). */
    static final int MAX_COLUMNS = 2_000;
    /** Files larger than this are refused before reading. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** Largest uncompressed part of an xlsx (the vInfo sheet of 50,000 VMs is ~100 MB). */
    static final long MAX_XLSX_ENTRY_BYTES = 512L * 1024 * 1024;
    /**
     * Smallest compressed/uncompressed ratio of an xlsx part: real sheets compress ~10:1, a zip
     * bomb thousands to one.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    private InventoryLimits() {
    }
}
