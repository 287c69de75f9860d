package dev.envol.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs boxes into rows like the lines of a page, in the order given, so that the whole is
 * about {@link #ASPECT} times as wide as tall (a landscape page): the row width is picked among
 * the widths that break the rows differently, keeping the one whose result is nearest that
 * shape. Deterministic: the same boxes always give the same places.
 */
final class PagePacking {
    static final double ASPECT = 1.4;
    static final double GAP = 40;

    private PagePacking() {
    }

    /** Top-left corner of each box (sizes only are read), starting at ({@code x0}, {@code y0}). */
    static List<Point> pack(List<Rect> boxes, double x0, double y0) {
        return rows(boxes, rowWidth(boxes), x0, y0, new double[2]);
    }

    /** The row width that gives the boxes, in this order, the shape nearest {@link #ASPECT}. */
    static double rowWidth(List<Rect> boxes) {
        double widest = 0;
        double total = 0;
        for (Rect b : boxes) {
            widest = Math.max(widest, b.width());
            total += b.width() + GAP;
        }
        double best = widest;
        double bestScore = Double.MAX_VALUE;
        // about 40 candidate widths between the widest box and one single row
        int steps = 40;
        for (int s = 0; s <= steps; s++) {
            double width = widest + (total - widest) * Math.pow(s / (double) steps, 2);
            double[] extent = new double[2];
            rows(boxes, width, 0, 0, extent);
            double aspect = extent[0] / extent[1];
            // a shape outside 1:2 to 2:1 only when no row width gives one inside
            double score = Math.abs(Math.log(aspect / ASPECT)) + (aspect < 0.55 || aspect > 1.9 ? 10 : 0);
            if (score < bestScore - 1e-9) {
                bestScore = score;
                best = width;
            }
        }
        return best;
    }

    /** Packs the boxes in rows no wider than {@code width}; {@code extent} gets the size. */
    static List<Point> rows(List<Rect> boxes, double width, double x0, double y0,
                                    double[] extent) {
        List<Point> places = new ArrayList<>();
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        double maxX = 0;
        for (Rect b : boxes) {
            if (x > 0 && x + b.width() > width) {
                x = 0;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            places.add(new Point(x0 + x, y0 + y));
            x += b.width() + GAP;
            maxX = Math.max(maxX, x - GAP);
            rowHeight = Math.max(rowHeight, b.height());
        }
        extent[0] = Math.max(1, maxX);
        extent[1] = Math.max(1, y + rowHeight);
        return places;
    }
}
