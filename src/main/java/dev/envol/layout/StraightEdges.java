package dev.envol.layout;

import dev.envol.model.Link;
import java.util.List;

/** Straight edges from border to border, for diagrams placed by hand. */
final class StraightEdges {
    private StraightEdges() {
    }

    /** A straight path from the border of {@code from} to the border of {@code to}. */
    static EdgePath between(Link link, Rect from, Rect to) {
        Point a = new Point(from.centerX(), from.centerY());
        Point b = new Point(to.centerX(), to.centerY());
        return new EdgePath(link.from(), link.to(), List.of(exit(from, a, b), exit(to, b, a)),
            link.isHard(), link.label());
    }

    /** Where the segment from {@code inside} (the box centre) towards {@code toward} leaves the box. */
    static Point exit(Rect box, Point inside, Point toward) {
        double dx = toward.x() - inside.x();
        double dy = toward.y() - inside.y();
        if (dx == 0 && dy == 0) {
            return inside;
        }
        double tx = dx == 0 ? Double.POSITIVE_INFINITY : (box.width() / 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.POSITIVE_INFINITY : (box.height() / 2) / Math.abs(dy);
        double t = Math.min(1, Math.min(tx, ty));
        return new Point(inside.x() + dx * t, inside.y() + dy * t);
    }
}
