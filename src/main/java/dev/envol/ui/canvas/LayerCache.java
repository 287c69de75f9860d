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
    private WritableImage spare;
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
        boolean sameKey = Objects.equals(key, wanted);
        boolean stale = !sameKey || Math.abs(dx) > marginX || Math.abs(dy) > marginY;
        if (stale && sameKey && image != null) {
            // the view left the cached area: move the picture by whole pixels and draw only the
            // strips it uncovers, instead of the whole area again
            double sx = Math.round(dx);
            double sy = Math.round(dy);
            scroll(sx, sy, vp.shifted(marginX - (dx - sx), marginY - (dy - sy)), render);
            offsetX += sx;
            offsetY += sy;
        } else if (stale) {
            // half a view of margin on each side: a pan of up to half a screen costs no render
            marginX = Math.ceil(w / 2);
            marginY = Math.ceil(h / 2);
            layer.setWidth(w + 2 * marginX);
            layer.setHeight(h + 2 * marginY);
            render.draw(layer.getGraphicsContext2D(), vp.shifted(marginX, marginY),
                layer.getWidth(), layer.getHeight());
            image = layer.snapshot(null, sized(image));
            key = wanted;
            offsetX = vp.offsetX();
            offsetY = vp.offsetY();
        }
        dx = vp.offsetX() - offsetX;
        dy = vp.offsetY() - offsetY;
        g.clearRect(0, 0, w, h);
        // whole pixels: an unscaled copy, no resampling blur
        g.drawImage(image, Math.round(dx - marginX), Math.round(dy - marginY));
        return stale;
    }

    private void scroll(double sx, double sy, Viewport cacheView, Renderer render) {
        double cw = layer.getWidth();
        double ch = layer.getHeight();
        GraphicsContext lg = layer.getGraphicsContext2D();
        lg.clearRect(0, 0, cw, ch);
        lg.drawImage(image, sx, sy);
        if (sx != 0) {
            strip(lg, sx > 0 ? 0 : cw + sx, 0, Math.abs(sx), ch, cacheView, render);
        }
        if (sy != 0) {
            strip(lg, 0, sy > 0 ? 0 : ch + sy, cw, Math.abs(sy), cacheView, render);
        }
        // the old picture is read by the queued drawImage: snapshot into the other buffer
        WritableImage next = layer.snapshot(null, sized(spare));
        spare = image;
        image = next;
    }

    /**
     * Draws with {@code render} only the rectangle (x, y, w, h) of the surface {@code g}, as a
     * full picture for {@code cacheView} would show it there.
     */
    static void strip(GraphicsContext g, double x, double y, double w, double h,
                      Viewport cacheView, Renderer render) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.translate(x, y);
        render.draw(g, cacheView.shifted(-x, -y), w, h);
        g.restore();
    }

    /** {@code img} when it has the layer's size, else null (snapshot then makes a new one). */
    private WritableImage sized(WritableImage img) {
        return img != null && img.getWidth() == layer.getWidth() && img.getHeight() == layer.getHeight()
            ? img : null;
    }

    /** Draws the full picture for a viewport onto a surface of the given size. */
    interface Renderer {
        void draw(GraphicsContext g, Viewport vp, double w, double h);
    }
}
