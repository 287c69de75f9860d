package dev.envol.ui.canvas;

import javafx.scene.canvas.GraphicsContext;

/** Drawing and hit-testing links: routed polylines with rounded corners and an arrowhead. */
final class Edges {
    private Edges() {
    }

    /** Corner radius of a route's bends, in world units (as the exports draw them). */
    static final double CORNER = dev.envol.layout.DiagramMetrics.LINK_CORNER;

    /** Strokes a route (world points) in screen space, its bends rounded. */
    static void strokeRoute(GraphicsContext g, java.util.List<dev.envol.layout.Point> points,
                            Viewport vp) {
        g.beginPath();
        g.moveTo(vp.screenX(points.get(0).x()), vp.screenY(points.get(0).y()));
        double r = CORNER * vp.scale();
        for (int i = 1; i < points.size() - 1; i++) {
            var p = points.get(i);
            var q = points.get(i + 1);
            g.arcTo(vp.screenX(p.x()), vp.screenY(p.y()), vp.screenX(q.x()), vp.screenY(q.y()), r);
        }
        var last = points.get(points.size() - 1);
        g.lineTo(vp.screenX(last.x()), vp.screenY(last.y()));
        g.stroke();
    }

    /** Distance from a point to a route, for clicking on a link. */
    static double distance(double px, double py, java.util.List<dev.envol.layout.Point> points) {
        double best = Double.MAX_VALUE;
        for (int i = 1; i < points.size(); i++) {
            var a = points.get(i - 1);
            var b = points.get(i);
            best = Math.min(best, distance(px, py, new double[] {a.x(), a.y(), b.x(), b.y()}));
        }
        return best;
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
