package dev.envol.layout;

import java.util.Arrays;
import java.util.List;

/**
 * One link's shortest orthogonal path between two tiles, around every other tile, by
 * {@link GridAStar}.
 *
 * <p>The search runs on the sparse grid (a Hanan grid) of the lines that run one margin outside
 * each nearby tile's borders, outside each application container's borders and through the
 * ports of the two ends: every shortest orthogonal path around boxes can be drawn on those
 * lines, so the grid is a visibility graph of the corners.
 *
 * <p>Only the tiles near the two ends are looked at; when they wall the path in, the window
 * grows. A window holding more than a given number of tiles is not searched (the caller routes
 * such a link among containers instead, {@link ChannelSearch}). An instance keeps its buffers
 * between searches (it is not thread-safe).
 */
final class RouteSearch {
    private final ObstacleIndex tiles;
    private final ObstacleIndex containers;
    private final double margin;
    private final GridAStar astar;
    private boolean[] blockedH = new boolean[0];
    private boolean[] blockedV = new boolean[0];
    private int ny;
    /** Candidate lines of the current search (reused: a big diagram searches ~10,000 times). */
    private double[] lineX = new double[64];
    private double[] lineY = new double[64];

    /** @param weight see {@link GridAStar#GridAStar(double, double)} */
    RouteSearch(ObstacleIndex tiles, List<Rect> containers, double margin, double weight) {
        this.tiles = tiles;
        this.containers = new ObstacleIndex(containers);
        this.margin = margin;
        this.astar = new GridAStar(margin, weight);
    }

    /**
     * The path from {@code s} to {@code t} (port, stub end, bends, stub end, port), or
     * {@code null} when the tiles leave no way through or when a window would hold more than
     * {@code maxTiles} tiles.
     */
    double[][] route(Rect s, Rect t, int maxTiles) {
        return route(s, t, maxTiles, 6);
    }

    /** As {@link #route(Rect, Rect, int)}, trying at most {@code windows} ever larger windows. */
    double[][] route(Rect s, Rect t, int maxTiles, int windows) {
        Rect both = s.union(t);
        // room for a detour around the tiles between the ends; more when they wall it in
        double grow = 240;
        for (int attempt = 0; attempt < windows; attempt++) {
            Rect window = both.grow(grow, grow, grow, grow);
            int count = tiles.collect(window.x(), window.y(), window.maxX(), window.maxY(),
                maxTiles);
            if (count < 0) {
                return null;
            }
            double[][] path = search(s, t, window, tiles.collected(), count);
            if (path != null) {
                return path;
            }
            grow = grow * 2.5 + Math.max(both.width(), both.height()) / 2;
        }
        return null;
    }

    /** The search among the first {@code count} tiles of {@code near}. */
    private double[][] search(Rect s, Rect t, Rect window, int[] near, int count) {
        int[] boxes = containers.query(window.x(), window.y(), window.maxX(), window.maxY());
        int size = (count + boxes.length) * 2 + 8;
        if (lineX.length < size) {
            lineX = new double[Math.max(size, lineX.length * 2)];
            lineY = new double[lineX.length];
        }
        int n = 0;
        for (int k = 0; k < count; k++) {
            n = addLines(tiles.get(near[k]), n);
        }
        for (int c : boxes) {
            if (containers.get(c).overlaps(window)) {
                n = addLines(containers.get(c), n);
            }
        }
        for (Rect r : new Rect[] {s, t}) {
            for (int d = 0; d < 4; d++) {
                Point p = astar.stub(r, d);
                lineX[n] = p.x();
                lineY[n++] = p.y();
            }
        }
        // lines outside the window are dropped: the tiles out there are not known
        double[] xs = unique(lineX, n, window.x(), window.maxX());
        double[] ys = unique(lineY, n, window.y(), window.maxY());
        prepare(xs.length * ys.length, ys.length);
        for (int k = 0; k < count; k++) {
            block(tiles.get(near[k]), xs, ys);
        }
        return astar.shortest(s, t, xs, ys, this::blocked);
    }

    /** The lines one margin outside {@code r}'s borders, from place {@code n}; the next place. */
    private int addLines(Rect r, int n) {
        lineX[n] = r.x() - margin;
        lineX[n + 1] = r.maxX() + margin;
        lineY[n] = r.y() - margin;
        lineY[n + 1] = r.maxY() + margin;
        return n + 2;
    }

    private boolean blocked(int i, int j, int dir) {
        return switch (dir) {
            case GridAStar.RIGHT -> blockedH[i * ny + j];
            case GridAStar.LEFT -> blockedH[(i - 1) * ny + j];
            case GridAStar.DOWN -> blockedV[i * ny + j];
            default -> blockedV[i * ny + j - 1];
        };
    }

    /** Marks the grid edges that run through {@code r} grown by a little under a margin. */
    private void block(Rect r, double[] xs, double[] ys) {
        double inset = margin - Geometry.TOLERANCE;
        int i0 = firstAbove(xs, r.x() - inset);
        int i1 = firstAbove(xs, r.maxX() + inset);
        int j0 = firstAbove(ys, r.y() - inset);
        int j1 = firstAbove(ys, r.maxY() + inset);
        // horizontal edges (i, j)-(i+1, j) at rows strictly inside, spanning into the box
        for (int j = j0; j < j1 && j < ny; j++) {
            for (int i = Math.max(0, i0 - 1); i < i1 && i + 1 < xs.length; i++) {
                blockedH[i * ny + j] = true;
            }
        }
        for (int i = i0; i < i1 && i < xs.length; i++) {
            for (int j = Math.max(0, j0 - 1); j < j1 && j + 1 < ny; j++) {
                blockedV[i * ny + j] = true;
            }
        }
    }

    /** Index of the first value strictly greater than {@code v}. */
    static int firstAbove(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void prepare(int nodes, int rows) {
        ny = rows;
        if (blockedH.length < nodes) {
            blockedH = new boolean[Math.max(nodes, blockedH.length * 2)];
            blockedV = new boolean[blockedH.length];
        } else {
            Arrays.fill(blockedH, 0, nodes, false);
            Arrays.fill(blockedV, 0, nodes, false);
        }
    }

    /**
     * The values between {@code min} and {@code max}, sorted, each once. Sorts the first
     * {@code count} of {@code values} in place (the callers pass scratch arrays).
     */
    static double[] unique(double[] values, int count, double min, double max) {
        Arrays.sort(values, 0, count);
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (values[i] >= min && values[i] <= max && (n == 0 || values[i] != values[n - 1])) {
                values[n++] = values[i];
            }
        }
        return Arrays.copyOf(values, n);
    }
}
