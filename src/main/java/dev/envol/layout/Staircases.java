package dev.envol.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes the stairs out of a route found by a search allowed to trade cost for speed (a big
 * diagram's, {@link GridAStar}'s weight above 1): three runs that step the same way twice
 * (right, down, right) become two (right, down) when the new corner keeps a margin from every
 * tile, so the route is as long or shorter, with two bends fewer. The first and last runs (the
 * stubs that leave and enter the tiles) keep their direction.
 */
final class Staircases {
    private final ObstacleIndex tiles;
    private final double inset;

    Staircases(ObstacleIndex tiles, double margin) {
        this.tiles = tiles;
        this.inset = margin - Geometry.TOLERANCE;
    }

    /** {@code path} (port, stub end, ..., stub end, port) with its stairs taken out. */
    List<Point> straighten(List<Point> path) {
        List<Point> p = new ArrayList<>(path);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i + 4 < p.size(); i++) {
                if (replaced(p, i)) {
                    changed = true;
                    break;
                }
            }
        }
        return p;
    }

    /** Tries both corners that join p[i] to p[i+3] in two runs instead of three. */
    private boolean replaced(List<Point> p, int i) {
        Point a = p.get(i);
        Point b = p.get(i + 1);
        Point c = p.get(i + 2);
        Point d = p.get(i + 3);
        double sx = Math.signum(b.x() - a.x()) + Math.signum(d.x() - c.x());
        double sy = Math.signum(b.y() - a.y()) + Math.signum(d.y() - c.y());
        // the first and third runs go the same way (the second is across them)
        if (Math.abs(sx) + Math.abs(sy) != 2) {
            return false;
        }
        for (Point corner : new Point[] {new Point(d.x(), a.y()), new Point(a.x(), d.y())}) {
            if (keepsDirections(p, i, corner) && clear(a, corner) && clear(corner, d)) {
                p.set(i + 1, corner);
                p.remove(i + 2);
                List<Point> simpler = Geometry.simplify(p);
                p.clear();
                p.addAll(simpler);
                return true;
            }
        }
        return false;
    }

    /** No run turns back on the one before it, and the stubs keep their direction. */
    private static boolean keepsDirections(List<Point> p, int i, Point corner) {
        Point before = p.get(i - 1);
        Point a = p.get(i);
        Point d = p.get(i + 3);
        Point after = p.get(i + 4);
        return !reverses(before, a, corner) && !reverses(a, corner, d)
            && !reverses(corner, d, after);
    }

    private static boolean reverses(Point a, Point b, Point c) {
        double dot = (b.x() - a.x()) * (c.x() - b.x()) + (b.y() - a.y()) * (c.y() - b.y());
        return dot < 0;
    }

    /** True when the run keeps a margin (less a tolerance) from every tile. */
    private boolean clear(Point a, Point b) {
        double minX = Math.min(a.x(), b.x());
        double maxX = Math.max(a.x(), b.x());
        double minY = Math.min(a.y(), b.y());
        double maxY = Math.max(a.y(), b.y());
        int n = tiles.collect(minX - inset, minY - inset, maxX + inset, maxY + inset,
            Integer.MAX_VALUE);
        int[] near = tiles.collected();
        for (int k = 0; k < n; k++) {
            Rect r = tiles.get(near[k]).grow(inset, inset, inset, inset);
            if (Geometry.segmentEntersBox(a, b, r)) {
                return false;
            }
        }
        return true;
    }
}
