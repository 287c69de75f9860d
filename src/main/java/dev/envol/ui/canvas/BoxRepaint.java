package dev.envol.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the canvas changes when an application box goes from one rectangle to another (a drag
 * frame): the strips along both boxes' edges that moved (rounded corners and stroke, as wide
 * as a corner), their label rows when the top-left corner moved, and the parts of each box the
 * other does not cover. Elsewhere both boxes look the same (fill
 * under the same tiles and links), so a drag frame draws again only these screen rectangles.
 */
final class BoxRepaint {
    /** Half the stroke plus anti-aliasing, in pixels. */
    private static final double MARGIN = 2;
    /** The label row: 12 px text drawn 6 px below the top, in pixels at any zoom. */
    private static final double LABEL = 26;

    private BoxRepaint() {
    }

    /**
     * The screen rectangles (whole pixels, within the w x h view) that differ when a box goes
     * from {@code before} (null: there was none) to {@code after}, both in world units.
     */
    static List<Rectangle2D> regions(Rectangle2D before, Rectangle2D after, Viewport vp,
                                     double w, double h) {
        List<Rectangle2D> out = new ArrayList<>();
        Rectangle2D b = before == null ? null : screen(before, vp);
        Rectangle2D a = screen(after, vp);
        // an edge that stays where it was looks the same (where it ends, the moved edges'
        // strips cover); the label goes with the top-left corner
        boolean left = b == null || before.getMinX() != after.getMinX();
        boolean top = left || before.getMinY() != after.getMinY();
        boolean right = b == null || before.getMaxX() != after.getMaxX();
        boolean bottom = b == null || before.getMaxY() != after.getMaxY();
        for (Rectangle2D box : b == null ? List.of(a) : List.of(b, a)) {
            double t = 8 * vp.scale() + MARGIN;
            double x0 = box.getMinX() - MARGIN;
            double y0 = box.getMinY() - MARGIN;
            double x1 = box.getMaxX() + MARGIN;
            double y1 = box.getMaxY() + MARGIN;
            if (top) {
                // the label may be wider than a narrow box: its row runs to the view's right edge
                add(out, x0, y0, Math.max(x1, w), box.getMinY() + Math.max(t, LABEL));
            }
            if (bottom) {
                add(out, x0, box.getMaxY() - t, x1, y1);
            }
            if (left) {
                add(out, x0, y0, box.getMinX() + t, y1);
            }
            if (right) {
                add(out, box.getMaxX() - t, y0, x1, y1);
            }
        }
        if (b != null) {
            minus(a, b, out);
            minus(b, a, out);
        } else {
            out.add(a);
        }
        List<Rectangle2D> visible = new ArrayList<>();
        for (Rectangle2D r : out) {
            // a stroke along a region's side reaches a little past it
            double x0 = Math.max(0, Math.floor(r.getMinX() - MARGIN));
            double y0 = Math.max(0, Math.floor(r.getMinY() - MARGIN));
            double x1 = Math.min(w, Math.ceil(r.getMaxX() + MARGIN));
            double y1 = Math.min(h, Math.ceil(r.getMaxY() + MARGIN));
            if (x1 > x0 && y1 > y0) {
                visible.add(new Rectangle2D(x0, y0, x1 - x0, y1 - y0));
            }
        }
        return visible;
    }

    private static Rectangle2D screen(Rectangle2D world, Viewport vp) {
        double x = vp.screenX(world.getMinX());
        double y = vp.screenY(world.getMinY());
        return new Rectangle2D(x, y, world.getWidth() * vp.scale(), world.getHeight() * vp.scale());
    }

    /** The parts of {@code r} outside {@code cut}: up to four rectangles. */
    private static void minus(Rectangle2D r, Rectangle2D cut, List<Rectangle2D> out) {
        if (!r.intersects(cut)) {
            out.add(r);
            return;
        }
        double top = Math.max(r.getMinY(), cut.getMinY());
        double bottom = Math.min(r.getMaxY(), cut.getMaxY());
        add(out, r.getMinX(), r.getMinY(), r.getMaxX(), top);
        add(out, r.getMinX(), bottom, r.getMaxX(), r.getMaxY());
        add(out, r.getMinX(), top, Math.max(r.getMinX(), cut.getMinX()), bottom);
        add(out, Math.min(r.getMaxX(), cut.getMaxX()), top, r.getMaxX(), bottom);
    }

    private static void add(List<Rectangle2D> out, double x0, double y0, double x1, double y1) {
        if (x1 > x0 && y1 > y0) {
            out.add(new Rectangle2D(x0, y0, x1 - x0, y1 - y0));
        }
    }
}
