package dev.envol.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves apart the middle segments of different links that the search put on the same line and
 * that overlap, so a reader can follow each one: they are fanned out a few units each side of
 * the line, less than a margin, in the order that avoids crossing where they leave the shared
 * stretch (segments that come from and go to the low side go low). First and last runs are
 * left to {@link PortSpreader}. A move that would put a link through a tile is not made.
 */
final class SegmentNudger {
    private static final double GAP = 6;
    private final ObstacleIndex obstacles;
    private final double margin;

    SegmentNudger(ObstacleIndex obstacles, double margin) {
        this.obstacles = obstacles;
        this.margin = margin;
    }

    private record Segment(int route, int index, boolean horizontal, double at, double lo,
                           double hi, double side) {
    }

    void nudge(List<List<Point>> paths) {
        Map<String, List<Segment>> lines = new HashMap<>();
        for (int r = 0; r < paths.size(); r++) {
            List<Point> p = paths.get(r);
            for (int k = 1; k + 2 < p.size(); k++) {
                Point a = p.get(k);
                Point b = p.get(k + 1);
                boolean horizontal = Math.abs(a.y() - b.y()) < 1e-6;
                if (Geometry.near(a, b) || (!horizontal && Math.abs(a.x() - b.x()) > 1e-6)) {
                    continue;
                }
                double at = horizontal ? a.y() : a.x();
                double lo = horizontal ? Math.min(a.x(), b.x()) : Math.min(a.y(), b.y());
                double hi = horizontal ? Math.max(a.x(), b.x()) : Math.max(a.y(), b.y());
                Point before = p.get(k - 1);
                Point after = p.get(k + 2);
                double side = horizontal
                    ? Math.signum(before.y() - at) + Math.signum(after.y() - at)
                    : Math.signum(before.x() - at) + Math.signum(after.x() - at);
                String key = (horizontal ? "h" : "v") + Math.round(at * 100);
                lines.computeIfAbsent(key, x -> new ArrayList<>())
                    .add(new Segment(r, k, horizontal, at, lo, hi, side));
            }
        }
        lines.keySet().stream().sorted().forEach(key -> spreadLine(lines.get(key), paths));
    }

    private void spreadLine(List<Segment> line, List<List<Point>> paths) {
        if (line.size() < 2) {
            return;
        }
        line.sort(Comparator.comparingDouble(Segment::lo).thenComparingInt(Segment::route));
        List<Segment> cluster = new ArrayList<>();
        double reach = Double.NEGATIVE_INFINITY;
        for (Segment s : line) {
            if (!cluster.isEmpty() && s.lo() >= reach - 0.5) {
                fan(cluster, paths);
                cluster.clear();
                reach = Double.NEGATIVE_INFINITY;
            }
            cluster.add(s);
            reach = Math.max(reach, s.hi());
        }
        fan(cluster, paths);
    }

    private void fan(List<Segment> cluster, List<List<Point>> paths) {
        int n = cluster.size();
        if (n < 2) {
            return;
        }
        cluster.sort(Comparator.comparingDouble(Segment::side).thenComparingInt(Segment::route));
        double gap = Math.min(GAP, 2 * (margin - 2) / (n - 1));
        for (int k = 0; k < n; k++) {
            Segment s = cluster.get(k);
            double offset = (k - (n - 1) / 2.0) * gap;
            List<Point> p = paths.get(s.route());
            Point a = p.get(s.index());
            Point b = p.get(s.index() + 1);
            Point na = s.horizontal() ? new Point(a.x(), a.y() + offset) : new Point(a.x() + offset, a.y());
            Point nb = s.horizontal() ? new Point(b.x(), b.y() + offset) : new Point(b.x() + offset, b.y());
            if (!obstacles.crossesTile(p.get(s.index() - 1), na) && !obstacles.crossesTile(na, nb)
                && !obstacles.crossesTile(nb, p.get(s.index() + 2))) {
                p.set(s.index(), na);
                p.set(s.index() + 1, nb);
            }
        }
    }
}
