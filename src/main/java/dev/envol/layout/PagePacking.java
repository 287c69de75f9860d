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
        int n = boxes.size();
        double[] w = new double[n];
        double[] h = new double[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = boxes.get(i).width();
            h[i] = boxes.get(i).height();
            order[i] = i;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        rows(w, h, order, width, x, y, extent);
        List<Point> places = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            places.add(new Point(x0 + x[i], y0 + y[i]));
        }
        return places;
    }

    /**
     * The same without objects, for trying many orders: boxes {@code order[0]}, {@code
     * order[1]}, ... of widths {@code w} and heights {@code h}; box {@code k}'s corner goes to
     * ({@code x[k]}, {@code y[k]}) from (0, 0).
     */
    static void rows(double[] w, double[] h, int[] order, double width, double[] x, double[] y,
                     double[] extent) {
        double cx = 0;
        double cy = 0;
        double rowHeight = 0;
        double maxX = 0;
        for (int k : order) {
            if (cx > 0 && cx + w[k] > width) {
                cx = 0;
                cy += rowHeight + GAP;
                rowHeight = 0;
            }
            x[k] = cx;
            y[k] = cy;
            cx += w[k] + GAP;
            maxX = Math.max(maxX, cx - GAP);
            rowHeight = Math.max(rowHeight, h[k]);
        }
        extent[0] = Math.max(1, maxX);
        extent[1] = Math.max(1, cy + rowHeight);
    }
}
