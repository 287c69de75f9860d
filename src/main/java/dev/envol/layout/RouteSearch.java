package dev.envol.layout;

import java.util.Arrays;
import java.util.List;

/**
 * One link's shortest orthogonal path between two tiles, around every other tile.
 *
 * <p>The search runs on the sparse grid (a Hanan grid) of the lines that run one margin outside
 * each nearby tile's borders, outside each application container's borders and through the
 * ports of the two ends: every shortest orthogonal path around boxes can be drawn on those
 * lines, so the grid is a visibility graph of the corners. A state is a grid point and the
 * direction of travel; a move costs its length plus {@link #BEND} when it turns, so the path is
 * short and has few bends. It leaves the source through one of its four sides and enters the
 * target through one of its sides, each time perpendicularly, with a stub one margin long.
 *
 * <p>Only the tiles near the two ends are looked at; when they wall the path in, the window
 * doubles. An instance keeps its buffers between searches (it is not thread-safe).
 */
final class RouteSearch {
    /** Cost of a bend, in canvas units: a bend is worth a detour of this length. */
    static final double BEND = 60;
    /** Where a port sits on a left or right side, from the tile's top: level with the icon. */
    static final double SIDE_PORT_Y = 34;
    private static final int RIGHT = 0;
    private static final int LEFT = 1;
    private static final int DOWN = 2;
    private static final int UP = 3;
    private static final int[] DX = {1, -1, 0, 0};
    private static final int[] DY = {0, 0, 1, -1};

    private final ObstacleIndex tiles;
    private final List<Rect> containers;
    private final double margin;
    private double[] cost = new double[0];
    private int[] parent = new int[0];
    private int[] stamp = new int[0];
    private boolean[] blockedH = new boolean[0];
    private boolean[] blockedV = new boolean[0];
    private int generation;
    private final StateHeap heap = new StateHeap();

    RouteSearch(ObstacleIndex tiles, List<Rect> containers, double margin) {
        this.tiles = tiles;
        this.containers = containers;
        this.margin = margin;
    }

    /** Port on side {@code dir} of {@code r} (the direction a link leaves through it). */
    static Point port(Rect r, int dir) {
        double sideY = r.y() + Math.min(SIDE_PORT_Y, r.height() / 2);
        return switch (dir) {
            case RIGHT -> new Point(r.maxX(), sideY);
            case LEFT -> new Point(r.x(), sideY);
            case DOWN -> new Point(r.centerX(), r.maxY());
            default -> new Point(r.centerX(), r.y());
        };
    }

    /**
     * The path from {@code s} to {@code t} (port, stub end, bends, stub end, port), or
     * {@code null} when the tiles leave no way through.
     */
    double[][] route(Rect s, Rect t) {
        Rect both = s.union(t);
        // room for a detour around the tiles between the ends; more when they wall it in
        double grow = 240;
        for (int attempt = 0; attempt < 6; attempt++) {
            double[][] path = search(s, t, both.grow(grow, grow, grow, grow));
            if (path != null) {
                return path;
            }
            grow = grow * 2.5 + Math.max(both.width(), both.height()) / 2;
        }
        return null;
    }

    /**
     * The path from {@code s} to {@code t} that looks only at the tiles inside {@code area} and
     * never leaves it (no widening), or {@code null} when there is none: the cheap search of
     * big diagrams, where a link inside one application is routed within its container.
     */
    double[][] routeWithin(Rect s, Rect t, Rect area) {
        return search(s, t, area);
    }

    private double[][] search(Rect s, Rect t, Rect window) {
        List<Integer> near = tiles.query(window.x(), window.y(), window.maxX(), window.maxY());
        double[] xs = new double[near.size() * 2 + 16 + containers.size() * 2];
        double[] ys = new double[xs.length];
        int nx = 0;
        int ny = 0;
        for (int i : near) {
            Rect r = tiles.get(i);
            xs[nx++] = r.x() - margin;
            xs[nx++] = r.maxX() + margin;
            ys[ny++] = r.y() - margin;
            ys[ny++] = r.maxY() + margin;
        }
        for (Rect c : containers) {
            if (c.overlaps(window)) {
                xs[nx++] = c.x() - margin;
                xs[nx++] = c.maxX() + margin;
                ys[ny++] = c.y() - margin;
                ys[ny++] = c.maxY() + margin;
            }
        }
        for (Rect r : new Rect[] {s, t}) {
            for (int d = 0; d < 4; d++) {
                Point p = port(r, d);
                xs[nx++] = p.x() + DX[d] * margin;
                ys[ny++] = p.y() + DY[d] * margin;
            }
        }
        // lines outside the window are dropped: the tiles out there are not known
        xs = unique(xs, nx, window.x(), window.maxX());
        ys = unique(ys, ny, window.y(), window.maxY());
        nx = xs.length;
        ny = ys.length;
        int nodes = nx * ny;
        prepare(nodes);
        for (int i : near) {
            block(tiles.get(i), xs, ys);
        }
        return shortest(s, t, xs, ys);
    }

    private double[][] shortest(Rect s, Rect t, double[] xs, double[] ys) {
        int ny = ys.length;
        generation++;
        heap.clear();
        for (int d = 0; d < 4; d++) {
            Point p = port(s, d);
            int node = node(xs, ys, p.x() + DX[d] * margin, p.y() + DY[d] * margin);
            relax(node * 4 + d, margin, -1, heuristic(xs, ys, node, d, t));
        }
        int[] goalNode = new int[4];
        for (int d = 0; d < 4; d++) {
            Point p = port(t, d);
            goalNode[d] = node(xs, ys, p.x() + DX[d] * margin, p.y() + DY[d] * margin);
        }
        double best = Double.POSITIVE_INFINITY;
        int bestState = -1;
        while (!heap.isEmpty()) {
            double f = heap.peekKey();
            int state = heap.poll();
            if (f >= best) {
                break;
            }
            double g = cost[state];
            if (f - heuristic(xs, ys, state >> 2, state & 3, t) * (1 + 1e-6) > g + 1e-9) {
                continue; // a stale entry
            }
            int node = state >> 2;
            int dir = state & 3;
            for (int side = 0; side < 4; side++) {
                // arriving at the stub of side "side", the last move is into the tile
                if (goalNode[side] == node && dir != side) {
                    double total = g + margin + (dir == opposite(side) ? 0 : BEND);
                    if (total < best) {
                        best = total;
                        bestState = state * 4 + side;
                    }
                }
            }
            int i = node / ny;
            int j = node % ny;
            for (int nd = 0; nd < 4; nd++) {
                if (nd == opposite(dir)) {
                    continue;
                }
                int ni = i + DX[nd];
                int nj = j + DY[nd];
                if (ni < 0 || nj < 0 || ni >= xs.length || nj >= ny || blocked(i, j, nd, ny)) {
                    continue;
                }
                int next = ni * ny + nj;
                double step = Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]);
                double ng = g + step + (nd == dir ? 0 : BEND);
                relax(next * 4 + nd, ng, state, heuristic(xs, ys, next, nd, t));
            }
        }
        return bestState < 0 ? null : trace(bestState, s, t, xs, ys);
    }

    private double[][] trace(int goal, Rect s, Rect t, double[] xs, double[] ys) {
        int ny = ys.length;
        int endSide = goal & 3;
        int state = goal >> 2;
        int length = 0;
        for (int st = state; st >= 0; st = parent[st]) {
            length++;
        }
        double[][] points = new double[length + 2][];
        Point end = port(t, endSide);
        points[length + 1] = new double[] {end.x(), end.y()};
        int k = length;
        int first = state;
        for (int st = state; st >= 0; st = parent[st]) {
            int node = st >> 2;
            points[k--] = new double[] {xs[node / ny], ys[node % ny]};
            first = st;
        }
        Point start = port(s, first & 3);
        points[0] = new double[] {start.x(), start.y()};
        return points;
    }

    private void relax(int state, double g, int from, double h) {
        if (stamp[state] == generation && cost[state] <= g) {
            return;
        }
        stamp[state] = generation;
        cost[state] = g;
        parent[state] = from;
        // among equal estimates, the entry nearer the goal first: on an open grid the search
        // then walks one of the many equally short paths instead of all of them
        heap.add(state, g + h * (1 + 1e-6));
    }

    /**
     * Manhattan distance to the target grown by a margin, plus the bends no path can avoid:
     * one when it must still move along both axes or along an axis it is not heading along,
     * two when both and heading along neither. No path costs less (admissible), and the bends
     * keep the search from widening around the straight way.
     */
    private double heuristic(double[] xs, double[] ys, int node, int dir, Rect t) {
        int ny = ys.length;
        double x = xs[node / ny];
        double y = ys[node % ny];
        int needX = x < t.x() - margin ? RIGHT : x > t.maxX() + margin ? LEFT : -1;
        int needY = y < t.y() - margin ? DOWN : y > t.maxY() + margin ? UP : -1;
        double dx = Math.max(0, Math.max(t.x() - margin - x, x - t.maxX() - margin));
        double dy = Math.max(0, Math.max(t.y() - margin - y, y - t.maxY() - margin));
        int bends;
        if (needX >= 0 && needY >= 0) {
            bends = dir == needX || dir == needY ? 1 : 2;
        } else if (needX >= 0 || needY >= 0) {
            bends = dir == Math.max(needX, needY) ? 0 : 1;
        } else {
            bends = 0;
        }
        return dx + dy + bends * BEND;
    }

    private boolean blocked(int i, int j, int dir, int ny) {
        return switch (dir) {
            case RIGHT -> blockedH[i * ny + j];
            case LEFT -> blockedH[(i - 1) * ny + j];
            case DOWN -> blockedV[i * ny + j];
            default -> blockedV[i * ny + j - 1];
        };
    }

    /** Marks the grid edges that run through {@code r} grown by a little under a margin. */
    private void block(Rect r, double[] xs, double[] ys) {
        int ny = ys.length;
        double inset = margin - Geometry.TOLERANCE;
        double minX = r.x() - inset;
        double maxX = r.maxX() + inset;
        double minY = r.y() - inset;
        double maxY = r.maxY() + inset;
        int i0 = firstAbove(xs, minX);
        int i1 = firstAbove(xs, maxX);
        int j0 = firstAbove(ys, minY);
        int j1 = firstAbove(ys, maxY);
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
    private static int firstAbove(double[] sorted, double v) {
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

    private static int node(double[] xs, double[] ys, double x, double y) {
        return Arrays.binarySearch(xs, x) * ys.length + Arrays.binarySearch(ys, y);
    }

    private void prepare(int nodes) {
        if (cost.length < nodes * 4) {
            int size = Math.max(nodes * 4, cost.length * 2);
            cost = new double[size];
            parent = new int[size];
            stamp = new int[size];
            generation = 0;
        }
        if (blockedH.length < nodes) {
            blockedH = new boolean[Math.max(nodes, blockedH.length * 2)];
            blockedV = new boolean[blockedH.length];
        } else {
            Arrays.fill(blockedH, 0, nodes, false);
            Arrays.fill(blockedV, 0, nodes, false);
        }
    }

    private static double[] unique(double[] values, int count, double min, double max) {
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] >= min && sorted[i] <= max && (n == 0 || sorted[i] != sorted[n - 1])) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    static int opposite(int dir) {
        return dir ^ 1;
    }
}
