package dev.envol.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads the links that leave or enter one side of a tile along that side, in the order that
 * keeps them from crossing near the tile: those that turn towards the low end of the side
 * first (the one that turns soonest outermost), then those that go straight on, then those
 * that turn towards the high end. The first straight run of each route moves with its port;
 * a move that would put the run through a tile is halved, then given up.
 */
final class PortSpreader {
    /** Half the stretch of a left or right side used for ports (around the icon). */
    static final double SIDE_HALF = 20;
    /** Half the stretch of a top or bottom side used for ports. */
    static final double END_HALF = 30;
    static final double GAP = 12;
    private final ObstacleIndex obstacles;

    PortSpreader(ObstacleIndex obstacles) {
        this.obstacles = obstacles;
    }

    private record End(int route, boolean start, int side, double turn, double firstRun) {
    }

    void spread(List<List<Point>> paths, List<Rect[]> ends) {
        for (int i = 0; i < paths.size(); i++) {
            List<Point> p = paths.get(i);
            if (p.size() == 2 && !Geometry.near(p.get(0), p.get(1))) {
                // one straight run from tile to tile: a jog in the middle lets each end move
                Point m = new Point((p.get(0).x() + p.get(1).x()) / 2, (p.get(0).y() + p.get(1).y()) / 2);
                p.add(1, m);
                p.add(1, m);
            }
        }
        Map<Rect, List<End>>[] bySide = sideMaps();
        for (int i = 0; i < paths.size(); i++) {
            List<Point> p = paths.get(i);
            if (p.size() < 2) {
                continue;
            }
            add(bySide, ends.get(i)[0], end(i, true, p));
            add(bySide, ends.get(i)[1], end(i, false, reversed(p)));
        }
        for (int side = 0; side < 4; side++) {
            for (List<End> group : bySide[side].values()) {
                if (group.size() > 1) {
                    place(group, paths, side);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Rect, List<End>>[] sideMaps() {
        Map<Rect, List<End>>[] maps = new Map[4];
        for (int i = 0; i < 4; i++) {
            maps[i] = new IdentityHashMap<>();
        }
        return maps;
    }

    private static void add(Map<Rect, List<End>>[] bySide, Rect tile, End end) {
        if (end != null) {
            bySide[end.side()].computeIfAbsent(tile, k -> new ArrayList<>()).add(end);
        }
    }

    /** The end's side (direction of the first run away from the tile) and how the route turns. */
    private static End end(int route, boolean start, List<Point> p) {
        Point a = p.get(0);
        Point b = p.get(1);
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        if (dx == 0 && dy == 0) {
            return null;
        }
        boolean horizontal = Math.abs(dx) > Math.abs(dy);
        int side = horizontal ? (dx > 0 ? 0 : 1) : (dy > 0 ? 2 : 3);
        double turn = 0;
        if (p.size() > 2) {
            Point c = p.get(2);
            turn = Math.signum(horizontal ? c.y() - b.y() : c.x() - b.x());
        }
        return new End(route, start, side, turn, Math.abs(dx) + Math.abs(dy));
    }

    private static List<Point> reversed(List<Point> p) {
        List<Point> r = new ArrayList<>(p);
        java.util.Collections.reverse(r);
        return r;
    }

    private void place(List<End> group, List<List<Point>> paths, int side) {
        group.sort(Comparator.comparingDouble(End::turn)
            .thenComparingDouble(e -> e.turn() < 0 ? e.firstRun() : e.turn() > 0 ? -e.firstRun() : 0)
            .thenComparingInt(End::route).thenComparing(End::start));
        boolean alongY = side < 2;
        double half = alongY ? SIDE_HALF : END_HALF;
        int n = group.size();
        double gap = Math.min(GAP, 2 * half / (n - 1));
        for (int k = 0; k < n; k++) {
            End e = group.get(k);
            double offset = (k - (n - 1) / 2.0) * gap;
            List<Point> path = paths.get(e.route());
            for (double o : new double[] {offset, offset / 2}) {
                if (shift(path, e.start(), alongY, o)) {
                    break;
                }
            }
        }
    }

    /** Moves the first (or last) run by {@code offset} across itself, when that stays clear. */
    private boolean shift(List<Point> path, boolean start, boolean alongY, double offset) {
        int a = start ? 0 : path.size() - 1;
        int b = start ? 1 : path.size() - 2;
        Point pa = path.get(a);
        Point pb = path.get(b);
        Point na = alongY ? new Point(pa.x(), pa.y() + offset) : new Point(pa.x() + offset, pa.y());
        Point nb = alongY ? new Point(pb.x(), pb.y() + offset) : new Point(pb.x() + offset, pb.y());
        path.set(a, na);
        path.set(b, nb);
        int c = start ? 2 : path.size() - 3;
        boolean clear = !obstacles.crossesTile(na, nb)
            && (c < 0 || c >= path.size() || !obstacles.crossesTile(nb, path.get(c)))
            && (c != 0 && c != path.size() - 1 || sameWay(path.get(c), pb, nb));
        if (!clear) {
            path.set(a, pa);
            path.set(b, pb);
        }
        return clear;
    }

    /**
     * True when the run from the path's other end still leaves that tile the same way, at least
     * one unit long: moving the next run must not pull it back into its tile.
     */
    private static boolean sameWay(Point end, Point was, Point now) {
        double before = was.x() - end.x() + was.y() - end.y();
        double after = now.x() - end.x() + now.y() - end.y();
        return Math.abs(after) >= 1 && Math.signum(after) == Math.signum(before);
    }
}
