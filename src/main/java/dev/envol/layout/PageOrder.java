package dev.envol.layout;

import java.util.List;

/**
 * Improves the order in which the groups are packed on the page ({@link PagePacking}) so that
 * linked groups sit near each other: starting from the given order, it swaps two groups whenever
 * that shortens the links between groups (the sum of the distances between their tiles'
 * centres, across and down), a few sweeps, keeping the page's row width and a shape between
 * 1:2 and 2:1. Up to {@link #FULL} groups every pair is tried; above, each group against the
 * {@link #NEAREST} places nearest its links' other ends (1,000 components in 235 groups: the
 * layout got no slower). Shorter links pass fewer other links' lanes, so they cross less.
 * Deterministic:
 * the same groups and links always give the same order.
 */
final class PageOrder {
    /** At most this many sweeps (the estates' orders settle in 3 or 4; 10 gained 0.1 %). */
    private static final int SWEEPS = 4;
    /** Up to this many groups, every pair is tried; above, each group's nearest places only. */
    private static final int FULL = 64;
    private static final int NEAREST = 8;

    /**
     * One link between two groups: its ends' tile centres relative to their group's corner.
     */
    record End(int fromGroup, double fromX, double fromY, int toGroup, double toX, double toY) {
    }

    private PageOrder() {
    }

    /** A permutation of {@code 0..boxes.size()-1}: the order to pack the boxes in. */
    static int[] improve(List<Rect> boxes, List<End> links, double width) {
        int n = boxes.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (links.isEmpty() || n < 3) {
            return order;
        }
        Page page = new Page(boxes, links, width);
        double best = page.cost(order);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean better = false;
            for (int i = 0; i < n; i++) {
                for (int j : page.candidates(order, i)) {
                    swap(order, i, j);
                    double c = page.cost(order);
                    if (c < best - 1e-6) {
                        best = c;
                        better = true;
                    } else {
                        swap(order, i, j);
                    }
                }
                page.cost(order);
            }
            if (!better) {
                break;
            }
        }
        return order;
    }

    private static void swap(int[] order, int i, int j) {
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
    }

    /** The boxes and links in arrays, to price many orders without making objects. */
    private static final class Page {
        private final double[] w;
        private final double[] h;
        private final double width;
        /** Each link's groups and the offset between its ends' tile centres and their corners. */
        private final int[] from;
        private final int[] to;
        private final double[] dx;
        private final double[] dy;
        private final int[] at = new int[NEAREST];
        private final double[] near = new double[NEAREST];
        private final double[] x;
        private final double[] y;
        private final double[] extent = new double[2];
        private final List<End>[] byGroup;

        Page(List<Rect> boxes, List<End> links, double width) {
            int n = boxes.size();
            byGroup = new List[n];
            for (int i = 0; i < n; i++) {
                byGroup[i] = new java.util.ArrayList<>();
            }
            for (End e : links) {
                byGroup[e.fromGroup()].add(e);
                byGroup[e.toGroup()].add(e);
            }
            w = new double[n];
            h = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = boxes.get(i).width();
                h[i] = boxes.get(i).height();
            }
            this.width = width;
            int m = links.size();
            from = new int[m];
            to = new int[m];
            dx = new double[m];
            dy = new double[m];
            for (int k = 0; k < m; k++) {
                End e = links.get(k);
                from[k] = e.fromGroup();
                to[k] = e.toGroup();
                dx[k] = e.fromX() - e.toX();
                dy[k] = e.fromY() - e.toY();
            }
            x = new double[n];
            y = new double[n];
        }

        /**
         * The places to try swapping place {@code i} with: every other place on a small page;
         * on a large one, the {@link #NEAREST} places whose boxes sit nearest the mean of the
         * box's links' other ends (positions as last priced).
         */
        int[] candidates(int[] order, int i) {
            int n = order.length;
            if (n <= FULL) {
                int[] all = new int[n - i - 1];
                for (int k = 0; k < all.length; k++) {
                    all[k] = i + 1 + k;
                }
                return all;
            }
            int g = order[i];
            double tx = 0;
            double ty = 0;
            int count = 0;
            for (End e : byGroup[g]) {
                boolean from = e.fromGroup() == g;
                int other = from ? e.toGroup() : e.fromGroup();
                tx += x[other] + (from ? e.toX() - e.fromX() : e.fromX() - e.toX());
                ty += y[other] + (from ? e.toY() - e.fromY() : e.fromY() - e.toY());
                count++;
            }
            if (count == 0) {
                return new int[0];
            }
            tx /= count;
            ty /= count;
            // the NEAREST places by distance to the target, kept sorted by insertion
            int found = 0;
            for (int k = 0; k < n; k++) {
                if (k == i) {
                    continue;
                }
                double dk = Math.abs(x[order[k]] - tx) + Math.abs(y[order[k]] - ty);
                int slot = Math.min(found, NEAREST - 1);
                if (found == NEAREST && dk >= near[slot]) {
                    continue;
                }
                while (slot > 0 && near[slot - 1] > dk) {
                    near[slot] = near[slot - 1];
                    at[slot] = at[slot - 1];
                    slot--;
                }
                near[slot] = dk;
                at[slot] = k;
                found = Math.min(NEAREST, found + 1);
            }
            return java.util.Arrays.copyOf(at, found);
        }

        /** Total link length for this order; infinite when the page leaves 1:2 to 2:1. */
        double cost(int[] order) {
            PagePacking.rows(w, h, order, width, x, y, extent);
            double aspect = extent[0] / extent[1];
            if (aspect < 0.55 || aspect > 1.9) {
                return Double.POSITIVE_INFINITY;
            }
            double total = 0;
            for (int k = 0; k < from.length; k++) {
                total += Math.abs(x[from[k]] - x[to[k]] + dx[k])
                    + Math.abs(y[from[k]] - y[to[k]] + dy[k]);
            }
            return total;
        }
    }
}
