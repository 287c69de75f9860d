package dev.envol.ui.canvas;

import java.util.Objects;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;

/**
 * The drawn diagram (grid, containers, links, tiles, selection, badges) kept as an image larger
 * than the view, so that a pan frame is one image copy instead of re-rasterising thousands of
 * shapes in the software pipeline. The image is rendered again when what it shows changes (model,
 * selection, badges, theme, zoom, view size) or when the view leaves the rendered area; the live
 * overlay (rubber band, link being drawn) is never cached.
 */
final class LayerCache {
    /** Everything the cached picture depends on apart from the pan offset. */
    record Key(Object geometry, Object selection, Object badges, double scale, double width,
               double height, int theme) {
    }

    private final Canvas layer = new Canvas();
    private WritableImage image;
    private Key key;
    private double offsetX;
    private double offsetY;
    private double marginX;
    private double marginY;

    void invalidate() {
        key = null;
    }

    /**
     * Paints the view from the cached image, rendering it first with {@code render} when stale;
     * returns true when it had to render.
     */
    boolean paint(GraphicsContext g, Key wanted, Viewport vp, double w, double h, Renderer render) {
        if (w <= 0 || h <= 0) {
            return false;
        }
        double dx = vp.offsetX() - offsetX;
        double dy = vp.offsetY() - offsetY;
        boolean stale = !Objects.equals(key, wanted) || Math.abs(dx) > marginX || Math.abs(dy) > marginY;
        if (stale) {
            // half a view of margin on each side: a pan of up to half a screen costs no render
            marginX = Math.ceil(w / 2);
            marginY = Math.ceil(h / 2);
            layer.setWidth(w + 2 * marginX);
            layer.setHeight(h + 2 * marginY);
            render.draw(layer.getGraphicsContext2D(), vp.shifted(marginX, marginY),
                layer.getWidth(), layer.getHeight());
            if (image == null || image.getWidth() != layer.getWidth() || image.getHeight() != layer.getHeight()) {
                image = null;
            }
            image = layer.snapshot(null, image);
            key = wanted;
            offsetX = vp.offsetX();
            offsetY = vp.offsetY();
            dx = 0;
            dy = 0;
        }
        g.clearRect(0, 0, w, h);
        // whole pixels: an unscaled copy, no resampling blur
        g.drawImage(image, Math.round(dx - marginX), Math.round(dy - marginY));
        return stale;
    }

    /** Draws the full picture for a viewport onto a surface of the given size. */
    interface Renderer {
        void draw(GraphicsContext g, Viewport vp, double w, double h);
    }
}
