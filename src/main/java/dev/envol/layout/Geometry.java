package dev.envol.layout;

import java.util.ArrayList;
import java.util.List;

/** Small geometric helpers the router, its checks and the tests share. */
public final class Geometry {
    /** How far inside a box a point must be to count as inside (rounding of exported numbers). */
    public static final double TOLERANCE = 0.5;

    private Geometry() {
    }

    /**
     * True when segment {@code a-b} passes through the inside of {@code box}, deeper than
     * {@link #TOLERANCE}: a link running along a tile's border or ending on it does not count.
     * Works for any segment (draw.io or SVG paths read back are not always axis-parallel).
     */
    public static boolean segmentEntersBox(Point a, Point b, Rect box) {
        double minX = box.x() + TOLERANCE;
        double maxX = box.maxX() - TOLERANCE;
        double minY = box.y() + TOLERANCE;
        double maxY = box.maxY() - TOLERANCE;
        if (minX >= maxX || minY >= maxY) {
            return false;
        }
        // Liang-Barsky clipping against the shrunken box: any part left means it enters
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - minX, maxX - a.x(), a.y() - minY, maxY - a.y()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t1 - t0 > 1e-9;
    }

    /** The points without repeats and without middle points of straight runs. */
    public static List<Point> simplify(List<Point> points) {
        List<Point> out = new ArrayList<>();
        for (Point p : points) {
            if (!out.isEmpty() && near(out.get(out.size() - 1), p)) {
                continue;
            }
            while (out.size() >= 2 && collinear(out.get(out.size() - 2), out.get(out.size() - 1), p)) {
                out.remove(out.size() - 1);
            }
            out.add(p);
        }
        if (out.size() == 1) {
            out.add(out.get(0));
        }
        return out;
    }

    static boolean near(Point a, Point b) {
        return Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(a.y() - b.y()) < 1e-6;
    }

    private static boolean collinear(Point a, Point b, Point c) {
        boolean vertical = Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(b.x() - c.x()) < 1e-6;
        boolean horizontal = Math.abs(a.y() - b.y()) < 1e-6 && Math.abs(b.y() - c.y()) < 1e-6;
        if (!vertical && !horizontal) {
            return false;
        }
        // a turn back on itself is kept: it is not a straight run
        double d1 = (b.x() - a.x()) + (b.y() - a.y());
        double d2 = (c.x() - b.x()) + (c.y() - b.y());
        return d1 * d2 >= 0;
    }

    /** How many times two orthogonal polylines cross (touching ends do not count). */
    public static int crossings(List<Point> p, List<Point> q) {
        int count = 0;
        for (int i = 1; i < p.size(); i++) {
            for (int j = 1; j < q.size(); j++) {
                if (properlyCross(p.get(i - 1), p.get(i), q.get(j - 1), q.get(j))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean properlyCross(Point a, Point b, Point c, Point d) {
        return properlyCross(a.x(), a.y(), b.x(), b.y(), c.x(), c.y(), d.x(), d.y());
    }

    /**
     * Segments a1-a2 and b1-b2 cross at a point inside both (touching ends do not count), from
     * coordinates, for callers that test many segments without making points.
     */
    static boolean properlyCross(double ax1, double ay1, double ax2, double ay2,
                                 double bx1, double by1, double bx2, double by2) {
        double d1 = orient(bx1, by1, bx2, by2, ax1, ay1);
        double d2 = orient(bx1, by1, bx2, by2, ax2, ay2);
        double d3 = orient(ax1, ay1, ax2, ay2, bx1, by1);
        double d4 = orient(ax1, ay1, ax2, ay2, bx2, by2);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orient(double ax, double ay, double bx, double by, double cx,
                                 double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }
}
