package dev.envol.layout;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Boxes (tiles, or containers) bucketed on a grid of cells, so the router finds the few near a
 * link without looking at all of them (2,000 tiles, 3,000 links: a scan per link would
 * dominate). The cells are at least {@link #CELL} units and about as many as the boxes, however
 * far apart the boxes lie; the buckets are flat arrays.
 */
final class ObstacleIndex {
    private static final double CELL = 400;
    private final List<Rect> rects;
    private final double x0;
    private final double y0;
    private final double cell;
    private final int cols;
    private final int rows;
    /** Boxes of cell {@code c} are {@code items[start[c]]} to {@code items[start[c + 1] - 1]}. */
    private final int[] start;
    private final int[] items;
    private final int[] seen;
    private int stamp;
    private int[] found = new int[16];

    ObstacleIndex(List<Rect> rects) {
        this.rects = rects;
        seen = new int[rects.size()];
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Rect r : rects) {
            minX = Math.min(minX, r.x());
            minY = Math.min(minY, r.y());
            maxX = Math.max(maxX, r.maxX());
            maxY = Math.max(maxY, r.maxY());
        }
        if (rects.isEmpty()) {
            minX = minY = maxX = maxY = 0;
        }
        x0 = minX;
        y0 = minY;
        double area = Math.max(1, (maxX - minX) * (maxY - minY));
        cell = Math.max(CELL, Math.sqrt(area / (rects.size() + 16.0)));
        cols = (int) ((maxX - minX) / cell) + 1;
        rows = (int) ((maxY - minY) / cell) + 1;
        start = new int[cols * rows + 1];
        for (Rect r : rects) {
            forCells(r, c -> start[c + 1]++);
        }
        for (int c = 0; c < cols * rows; c++) {
            start[c + 1] += start[c];
        }
        items = new int[start[cols * rows]];
        int[] fill = Arrays.copyOf(start, cols * rows);
        for (int i = 0; i < rects.size(); i++) {
            int box = i;
            forCells(rects.get(i), c -> items[fill[c]++] = box);
        }
    }

    private void forCells(Rect r, java.util.function.IntConsumer action) {
        int cx1 = col(r.maxX());
        int cy1 = row(r.maxY());
        for (int cx = col(r.x()); cx <= cx1; cx++) {
            for (int cy = row(r.y()); cy <= cy1; cy++) {
                action.accept(cx * rows + cy);
            }
        }
    }

    Rect get(int index) {
        return rects.get(index);
    }

    int size() {
        return rects.size();
    }

    /**
     * Indexes of the boxes that share area with, or touch, the window; each once, in no
     * particular but a fixed order. The array is reused by the next query.
     */
    int[] query(double minX, double minY, double maxX, double maxY) {
        return Arrays.copyOf(found, collect(minX, minY, maxX, maxY, Integer.MAX_VALUE));
    }

    /**
     * As {@link #query(double, double, double, double)}, but into the index's own buffer
     * ({@link #collected()}, valid until the next call) without a copy, and -1 as soon as more
     * than {@code limit} boxes are found: a long link's window is given up without listing the
     * thousands of tiles in it.
     *
     * @return how many boxes were found, or -1
     */
    int collect(double minX, double minY, double maxX, double maxY, int limit) {
        int n = 0;
        stamp++;
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            stamp = 1;
        }
        // only the cells where boxes are: a window far larger than the drawing costs nothing
        int cx1 = col(maxX);
        int cy0 = row(minY);
        int cy1 = row(maxY);
        for (int cx = col(minX); cx <= cx1; cx++) {
            for (int cy = cy0; cy <= cy1; cy++) {
                int c = cx * rows + cy;
                for (int k = start[c]; k < start[c + 1]; k++) {
                    int i = items[k];
                    if (seen[i] != stamp) {
                        seen[i] = stamp;
                        Rect r = rects.get(i);
                        if (r.x() <= maxX && r.maxX() >= minX && r.y() <= maxY && r.maxY() >= minY) {
                            if (n == limit) {
                                return -1;
                            }
                            if (n == found.length) {
                                found = Arrays.copyOf(found, n * 2);
                            }
                            found[n++] = i;
                        }
                    }
                }
            }
        }
        return n;
    }

    /** The boxes the last {@link #collect} found, first its count of them. */
    int[] collected() {
        return found;
    }

    /** True when one of the boxes holds the whole of {@code r} (edges may touch). */
    boolean holdsWhole(Rect r) {
        for (int i : query(r.x(), r.y(), r.maxX(), r.maxY())) {
            if (rects.get(i).contains(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a box that {@code counts} accepts, grown by {@code inset} on every side, holds
     * the point strictly inside: the test of one grid edge's midpoint.
     */
    boolean holds(double x, double y, double inset, IntPredicate counts) {
        int cx1 = col(x + inset);
        int cy0 = row(y - inset);
        int cy1 = row(y + inset);
        for (int cx = col(x - inset); cx <= cx1; cx++) {
            for (int cy = cy0; cy <= cy1; cy++) {
                int c = cx * rows + cy;
                for (int k = start[c]; k < start[c + 1]; k++) {
                    Rect r = rects.get(items[k]);
                    if (x > r.x() - inset && x < r.maxX() + inset && y > r.y() - inset
                        && y < r.maxY() + inset && counts.test(items[k])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * True when the axis-parallel segment enters the inside of a tile (running along a border
     * or ending on it does not count): the test a routed link must pass.
     */
    boolean crossesTile(Point a, Point b) {
        double minX = Math.min(a.x(), b.x());
        double maxX = Math.max(a.x(), b.x());
        double minY = Math.min(a.y(), b.y());
        double maxY = Math.max(a.y(), b.y());
        int n = collect(minX, minY, maxX, maxY, Integer.MAX_VALUE);
        for (int k = 0; k < n; k++) {
            if (Geometry.segmentEntersBox(a, b, rects.get(found[k]))) {
                return true;
            }
        }
        return false;
    }

    /** The column of {@code x}, clamped to the grid. */
    private int col(double x) {
        return (int) Math.max(0, Math.min(cols - 1, Math.floor((x - x0) / cell)));
    }

    private int row(double y) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor((y - y0) / cell)));
    }
}
