package dev.envol.layout;

import java.util.Arrays;

/**
 * The shortest-path search both route searches share ({@link RouteSearch} among tiles,
 * {@link ChannelSearch} among application containers): an A* over a sparse grid of lines (a
 * Hanan grid), where a state is a grid point and the direction of travel and a move costs its
 * length plus {@link #BEND} when it turns. The path leaves the source through one of its four
 * sides and enters the target through one of its sides, each time perpendicularly, with a stub
 * one margin long. Which grid edges are walled off is the caller's {@link Blocking}. An instance
 * keeps its buffers between searches (it is not thread-safe).
 */
final class GridAStar {
    /** Cost of a bend, in canvas units: a bend is worth a detour of this length. */
    static final double BEND = 60;
    /** Where a port sits on a left or right side, from the tile's top: level with the icon. */
    static final double SIDE_PORT_Y = 34;
    static final int RIGHT = 0;
    static final int LEFT = 1;
    static final int DOWN = 2;
    static final int UP = 3;
    static final int[] DX = {1, -1, 0, 0};
    static final int[] DY = {0, 0, 1, -1};

    /** Whether the grid edge from point (i, j) one step in direction {@code dir} is walled off. */
    interface Blocking {
        boolean blocked(int i, int j, int dir);
    }

    private final double margin;
    private final double weight;
    private double[] cost = new double[0];
    private int[] parent = new int[0];
    private int[] stamp = new int[0];
    private int generation;
    private final StateHeap heap = new StateHeap();

    /**
     * @param weight how much the estimate of the rest counts: 1 (a hair more, so that among
     *               equal estimates the entry nearer the goal comes first) finds the cheapest
     *               path; more finds a path at most that many times as costly, looking at far
     *               fewer states when many paths are about as good (long links on a big grid)
     */
    GridAStar(double margin, double weight) {
        this.margin = margin;
        this.weight = Math.max(weight, 1 + 1e-6);
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

    /** Where the stub of side {@code dir} of {@code r} ends, one margin out of the port. */
    Point stub(Rect r, int dir) {
        Point p = port(r, dir);
        return new Point(p.x() + DX[dir] * margin, p.y() + DY[dir] * margin);
    }

    /**
     * The path from {@code s} to {@code t} (port, stub end, bends, stub end, port) on the grid
     * of lines {@code xs} by {@code ys} (sorted, holding every stub end), or {@code null}.
     */
    double[][] shortest(Rect s, Rect t, double[] xs, double[] ys, Blocking blocking) {
        int ny = ys.length;
        prepare(xs.length * ny);
        generation++;
        heap.clear();
        for (int d = 0; d < 4; d++) {
            int node = node(xs, ys, stub(s, d));
            if (node >= 0) {
                relax(node * 4 + d, margin, -1, heuristic(xs[node / ny], ys[node % ny], d, t));
            }
        }
        int[] goalNode = new int[4];
        for (int d = 0; d < 4; d++) {
            goalNode[d] = node(xs, ys, stub(t, d));
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
            int node = state >> 2;
            int dir = state & 3;
            int i = node / ny;
            int j = node - i * ny;
            if (f - heuristic(xs[i], ys[j], dir, t) * weight > g + 1e-9) {
                continue; // a stale entry
            }
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
            for (int nd = 0; nd < 4; nd++) {
                if (nd == opposite(dir)) {
                    continue;
                }
                int ni = i + DX[nd];
                int nj = j + DY[nd];
                if (ni < 0 || nj < 0 || ni >= xs.length || nj >= ny || blocking.blocked(i, j, nd)) {
                    continue;
                }
                int next = ni * ny + nj;
                double step = Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]);
                double ng = g + step + (nd == dir ? 0 : BEND);
                relax(next * 4 + nd, ng, state, heuristic(xs[ni], ys[nj], nd, t));
            }
        }
        return bestState < 0 ? null : trace(bestState, s, t, xs, ys);
    }

    /**
     * The path's points: the two ports, the two stub ends and the grid points where the path
     * turns (the points in between on a straight run are left out).
     */
    private double[][] trace(int goal, Rect s, Rect t, double[] xs, double[] ys) {
        int ny = ys.length;
        int last = goal >> 2;
        int length = 0;
        for (int st = last, next = -1; st >= 0; next = st, st = parent[st]) {
            if (kept(st, next)) {
                length++;
            }
        }
        double[][] points = new double[length + 2][];
        Point end = port(t, goal & 3);
        points[length + 1] = new double[] {end.x(), end.y()};
        int k = length;
        int first = last;
        for (int st = last, next = -1; st >= 0; next = st, st = parent[st]) {
            if (kept(st, next)) {
                int node = st >> 2;
                points[k--] = new double[] {xs[node / ny], ys[node % ny]};
            }
            first = st;
        }
        Point start = port(s, first & 3);
        points[0] = new double[] {start.x(), start.y()};
        return points;
    }

    /** True for the path's first and last grid points and its turns ({@code next} -1: last). */
    private boolean kept(int state, int next) {
        return next < 0 || parent[state] < 0 || (next & 3) != (state & 3);
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
        heap.add(state, g + h * weight);
    }

    /**
     * Manhattan distance to the target grown by a margin, plus the bends no path can avoid:
     * one when it must still move along both axes or along an axis it is not heading along,
     * two when both and heading along neither. No path costs less (admissible), and the bends
     * keep the search from widening around the straight way.
     */
    private double heuristic(double x, double y, int dir, Rect t) {
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

    /** The grid point at {@code p}, or -1 when {@code p} is off the grid (outside the window). */
    private static int node(double[] xs, double[] ys, Point p) {
        int i = Arrays.binarySearch(xs, p.x());
        int j = Arrays.binarySearch(ys, p.y());
        return i < 0 || j < 0 ? -1 : i * ys.length + j;
    }

    private void prepare(int nodes) {
        if (cost.length < nodes * 4) {
            int size = Math.max(nodes * 4, cost.length * 2);
            cost = new double[size];
            parent = new int[size];
            stamp = new int[size];
            generation = 0;
        }
    }

    static int opposite(int dir) {
        return dir ^ 1;
    }
}
