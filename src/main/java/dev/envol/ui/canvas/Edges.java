package dev.envol.ui.canvas;

import javafx.scene.canvas.GraphicsContext;

/** Straight link geometry: centre to centre, clipped to the tile borders, with an arrowhead. */
final class Edges {
    private Edges() {
    }

    /** {x1, y1, x2, y2}: the segment between the borders of {@code a} and {@code b}. */
    static double[] clip(Placed a, Placed b) {
        double ax = a.centreX();
        double ay = a.centreY();
        double bx = b.centreX();
        double by = b.centreY();
        double[] start = border(a, bx - ax, by - ay);
        double[] end = border(b, ax - bx, ay - by);
        return new double[] {start[0], start[1], end[0], end[1]};
    }

    private static double[] border(Placed p, double dx, double dy) {
        double hw = p.bounds().getWidth() / 2;
        double hh = p.bounds().getHeight() / 2;
        if (dx == 0 && dy == 0) {
            return new double[] {p.centreX(), p.centreY()};
        }
        double t = Math.min(dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx),
            dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy));
        return new double[] {p.centreX() + dx * t, p.centreY() + dy * t};
    }

    static void arrowHead(GraphicsContext g, double x1, double y1, double x2, double y2, double size) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double a1 = angle + Math.PI - 0.4;
        double a2 = angle + Math.PI + 0.4;
        g.strokeLine(x2, y2, x2 + size * Math.cos(a1), y2 + size * Math.sin(a1));
        g.strokeLine(x2, y2, x2 + size * Math.cos(a2), y2 + size * Math.sin(a2));
    }

    /** Distance from a point to a segment, for clicking on a link. */
    static double distance(double px, double py, double[] seg) {
        double dx = seg[2] - seg[0];
        double dy = seg[3] - seg[1];
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - seg[0]) * dx + (py - seg[1]) * dy) / len));
        double cx = seg[0] + t * dx;
        double cy = seg[1] + t * dy;
        return Math.hypot(px - cx, py - cy);
    }
}
