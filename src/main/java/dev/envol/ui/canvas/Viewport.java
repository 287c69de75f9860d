package dev.envol.ui.canvas;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/** Maps canvas (world) coordinates to screen pixels: {@code screen = world * scale + offset}. */
final class Viewport {
    static final double MIN_SCALE = 0.05;
    static final double MAX_SCALE = 4;
    private double scale = 1;
    private double offsetX = 40;
    private double offsetY = 40;

    double scale() {
        return scale;
    }

    double offsetX() {
        return offsetX;
    }

    double offsetY() {
        return offsetY;
    }

    /** A copy of this viewport moved by (dx, dy) screen pixels. */
    Viewport shifted(double dx, double dy) {
        Viewport v = new Viewport();
        v.scale = scale;
        v.offsetX = offsetX + dx;
        v.offsetY = offsetY + dy;
        return v;
    }

    Point2D toWorld(double sx, double sy) {
        return new Point2D((sx - offsetX) / scale, (sy - offsetY) / scale);
    }

    double screenX(double wx) {
        return wx * scale + offsetX;
    }

    double screenY(double wy) {
        return wy * scale + offsetY;
    }

    void pan(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    /** Zooms by {@code factor} keeping the world point under (sx, sy) where it is. */
    void zoomAt(double factor, double sx, double sy) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        Point2D w = toWorld(sx, sy);
        scale = next;
        offsetX = sx - w.getX() * scale;
        offsetY = sy - w.getY() * scale;
    }

    void actualSize(double width, double height) {
        zoomAt(1 / scale, width / 2, height / 2);
    }

    /** Shows all of {@code world} with a margin; a small diagram is not blown up past 100 %. */
    void fit(Rectangle2D world, double width, double height) {
        if (world == null || width <= 0 || height <= 0) {
            return;
        }
        double margin = 40;
        scale = Math.min(1, Math.min((width - 2 * margin) / Math.max(1, world.getWidth()),
            (height - 2 * margin) / Math.max(1, world.getHeight())));
        scale = Math.max(MIN_SCALE, scale);
        offsetX = (width - world.getWidth() * scale) / 2 - world.getMinX() * scale;
        offsetY = (height - world.getHeight() * scale) / 2 - world.getMinY() * scale;
    }

    /**
     * The view on opening a model: everything when it fits at a readable scale, else the
     * top-left of the diagram at {@code minScale} (tiles keep their labels).
     */
    void overview(Rectangle2D world, double width, double height, double minScale) {
        fit(world, width, height);
        if (world != null && scale < minScale) {
            scale = minScale;
            offsetX = 40 - world.getMinX() * scale;
            offsetY = 40 - world.getMinY() * scale;
        }
    }

    /** The world rectangle a screen of this size shows. */
    Rectangle2D visibleWorld(double width, double height) {
        Point2D a = toWorld(0, 0);
        return new Rectangle2D(a.getX(), a.getY(), width / scale, height / scale);
    }
}
