package dev.envol.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The simplest orthogonal route between two tiles, blind to every other tile: out of the side
 * of {@code from} that faces {@code to}, across half the gap, over, and into the facing side
 * of {@code to} (a Z, or a straight run when the tiles face each other). Tiles that overlap
 * both ways get a straight segment between their borders. Only what a drag frame draws when the
 * bounded search found nothing ({@link LinkRouter#preview}).
 */
final class ElbowPath {
    private ElbowPath() {
    }

    static List<Point> between(Rect from, Rect to) {
        double gapX = Math.max(to.x() - from.maxX(), from.x() - to.maxX());
        double gapY = Math.max(to.y() - from.maxY(), from.y() - to.maxY());
        List<Point> points = new ArrayList<>();
        if (gapX > 0 && gapX >= gapY) {
            boolean right = to.x() >= from.maxX();
            double x0 = right ? from.maxX() : from.x();
            double x1 = right ? to.x() : to.maxX();
            double mid = (x0 + x1) / 2;
            points.add(new Point(x0, from.centerY()));
            points.add(new Point(mid, from.centerY()));
            points.add(new Point(mid, to.centerY()));
            points.add(new Point(x1, to.centerY()));
        } else if (gapY > 0) {
            boolean down = to.y() >= from.maxY();
            double y0 = down ? from.maxY() : from.y();
            double y1 = down ? to.y() : to.maxY();
            double mid = (y0 + y1) / 2;
            points.add(new Point(from.centerX(), y0));
            points.add(new Point(from.centerX(), mid));
            points.add(new Point(to.centerX(), mid));
            points.add(new Point(to.centerX(), y1));
        } else {
            Point a = new Point(from.centerX(), from.centerY());
            Point b = new Point(to.centerX(), to.centerY());
            points.add(StraightEdges.exit(from, a, b));
            points.add(StraightEdges.exit(to, b, a));
        }
        return points;
    }
}
