package dev.envol.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts link crossings in a drawing: points where segments of two different links intersect,
 * each point once per pair of links; where the two links share an end, crossings inside (or on
 * the border of) that end's box are not counted (links leaving one tile meet there by design).
 * Parallel and overlapping segments are not crossings. {@link AutoLayout} keeps, of a few
 * orders of a small page, the one whose drawing crosses least.
 */
final class Crossings {
    private static final double NEAR = 2;

    private Crossings() {
    }

    /** @param boxes the box of every node, by id (the ends of every route) */
    static int count(List<EdgePath> routes, Map<String, Rect> boxes) {
        int total = 0;
        for (int i = 0; i < routes.size(); i++) {
            for (int j = i + 1; j < routes.size(); j++) {
                total += between(routes.get(i), routes.get(j), boxes);
            }
        }
        return total;
    }

    private static int between(EdgePath a, EdgePath b, Map<String, Rect> boxes) {
        Set<String> shared = new HashSet<>(List.of(a.from(), a.to()));
        shared.retainAll(Set.of(b.from(), b.to()));
        Set<Long> points = new HashSet<>();
        List<Point> p = a.points();
        List<Point> q = b.points();
        for (int i = 1; i < p.size(); i++) {
            for (int j = 1; j < q.size(); j++) {
                Point x = intersection(p.get(i - 1), p.get(i), q.get(j - 1), q.get(j));
                if (x != null && !nearShared(x, shared, boxes)) {
                    points.add(Math.round(x.x() * 2) * 1_000_003L + Math.round(x.y() * 2));
                }
            }
        }
        return points.size();
    }

    private static boolean nearShared(Point x, Set<String> shared, Map<String, Rect> boxes) {
        for (String id : shared) {
            Rect r = boxes.get(id);
            if (r != null && x.x() >= r.x() - NEAR && x.x() <= r.maxX() + NEAR
                && x.y() >= r.y() - NEAR && x.y() <= r.maxY() + NEAR) {
                return true;
            }
        }
        return false;
    }

    /** Where segments a1-a2 and b1-b2 cross (ends included), or {@code null}. */
    static Point intersection(Point a1, Point a2, Point b1, Point b2) {
        double rx = a2.x() - a1.x();
        double ry = a2.y() - a1.y();
        double sx = b2.x() - b1.x();
        double sy = b2.y() - b1.y();
        double denominator = rx * sy - ry * sx;
        if (Math.abs(denominator) < 1e-9) {
            return null;
        }
        double qx = b1.x() - a1.x();
        double qy = b1.y() - a1.y();
        double t = (qx * sy - qy * sx) / denominator;
        double u = (qx * ry - qy * rx) / denominator;
        double eps = 1e-9;
        if (t < -eps || t > 1 + eps || u < -eps || u > 1 + eps) {
            return null;
        }
        return new Point(a1.x() + t * rx, a1.y() + t * ry);
    }
}
