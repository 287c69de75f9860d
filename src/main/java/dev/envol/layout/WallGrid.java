package dev.envol.layout;

import java.util.List;

/**
 * Which points lie inside a fixed set of walls (boxes grown by a little under a margin), in
 * constant time: {@link ChannelSearch} asks it for the middle of every grid edge its search
 * reaches, hundreds of thousands of times per diagram.
 *
 * <p>The walls' lines (one margin outside each border, sorted) cut the plane into a grid of
 * cells; a point is either on one of the lines or strictly between two, and whether it is inside
 * a wall is then the same for every point of the cell, except within the tolerance of a line
 * (there, {@link #AMBIGUOUS}: the caller tests the boxes themselves). One bit per cell, set
 * once for each wall's range of cells.
 */
final class WallGrid {
    /** A coordinate within the tolerance of a line: the bits cannot tell. */
    static final int AMBIGUOUS = -2;
    /** A coordinate before the first line or after the last: in no wall. */
    static final int OUTSIDE = -1;
    private final double[] lineX;
    private final double[] lineY;
    private final double band;
    private final int words;
    private final long[] bits;

    /**
     * @param lineX  the sorted, distinct x of the walls' lines (each wall's {@code x - margin}
     *               and {@code maxX + margin} among them)
     * @param lineY  the same along y
     * @param walls  the boxes
     * @param margin how far outside a box its lines run; a wall is the box grown by the margin
     *               less {@link Geometry#TOLERANCE}
     */
    WallGrid(double[] lineX, double[] lineY, List<Rect> walls, double margin) {
        this.lineX = lineX;
        this.lineY = lineY;
        this.band = Geometry.TOLERANCE + 1e-6;
        words = (2 * lineY.length + 63) >>> 6;
        bits = new long[2 * lineX.length * words];
        for (Rect w : walls) {
            // inside: strictly past the first line by the tolerance, up to the last one
            int x0 = 2 * index(lineX, w.x() - margin) + 1;
            int x1 = 2 * index(lineX, w.maxX() + margin) - 1;
            int y0 = 2 * index(lineY, w.y() - margin) + 1;
            int y1 = 2 * index(lineY, w.maxY() + margin) - 1;
            for (int cx = x0; cx <= x1; cx++) {
                set(cx * words, y0, y1);
            }
        }
    }

    private static int index(double[] lines, double v) {
        int k = java.util.Arrays.binarySearch(lines, v);
        if (k < 0) {
            throw new IllegalArgumentException("not a line: " + v);
        }
        return k;
    }

    /** Sets bits {@code from} to {@code to} (inclusive) of the column starting at {@code base}. */
    private void set(int base, int from, int to) {
        for (int b = from; b <= to; ) {
            int word = b >>> 6;
            int end = Math.min(to, (word << 6) + 63);
            long mask = (-1L >>> (63 - (end - b))) << (b & 63);
            bits[base + word] |= mask;
            b = end + 1;
        }
    }

    /**
     * The cells of a search grid's lines {@code xs} (sorted) into {@code at}, and of the middles
     * between neighbours into {@code mid}: see {@link #cell}.
     */
    void cellsX(double[] xs, int[] at, int[] mid) {
        cells(lineX, xs, at, mid);
    }

    void cellsY(double[] ys, int[] at, int[] mid) {
        cells(lineY, ys, at, mid);
    }

    private void cells(double[] lines, double[] values, int[] at, int[] mid) {
        if (values.length == 0) {
            return;
        }
        // the values and middles ascend: one walk along the lines instead of a search each
        int k = RouteSearch.firstAbove(lines, values[0]) - 1;
        for (int i = 0; i < values.length; i++) {
            k = walk(lines, values[i], k);
            at[i] = cell(lines, values[i], k);
            if (i + 1 < values.length) {
                double m = (values[i] + values[i + 1]) / 2;
                k = walk(lines, m, k);
                mid[i] = cell(lines, m, k);
            }
        }
    }

    /** The last line at or before {@code v}, from {@code k} on (-1: none). */
    private static int walk(double[] lines, double v, int k) {
        while (k + 1 < lines.length && lines[k + 1] <= v) {
            k++;
        }
        return k;
    }

    /**
     * {@code 2k} on line {@code k}, {@code 2k + 1} strictly between lines {@code k} and
     * {@code k + 1}, {@link #OUTSIDE} before the first line or after the last, and
     * {@link #AMBIGUOUS} within the tolerance of a line but not on it; {@code k} is the last
     * line at or before {@code v}.
     */
    private int cell(double[] lines, double v, int k) {
        int n = lines.length;
        if (k >= 0 && v == lines[k]) {
            return 2 * k;
        }
        boolean nearLow = k >= 0 && v - lines[k] <= band;
        boolean nearHigh = k + 1 < n && lines[k + 1] - v <= band;
        if (nearLow || nearHigh) {
            return AMBIGUOUS;
        }
        return k < 0 || k == n - 1 ? OUTSIDE : 2 * k + 1;
    }

    /** Whether the cell (from {@link #cellsX} and {@link #cellsY}, not ambiguous) is in a wall. */
    boolean walled(int cellX, int cellY) {
        if (cellX < 0 || cellY < 0) {
            return false;
        }
        return (bits[cellX * words + (cellY >>> 6)] & (1L << (cellY & 63))) != 0;
    }
}
