package dev.envol.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Improves the order in which the groups are packed on the page ({@link PagePacking}) so that
 * linked groups sit near each other: starting from the given order, it swaps two groups whenever
 * that shortens the links between groups (the sum of the distances between their tiles'
 * centres, across and down), a few sweeps, keeping the page's row width and a shape between
 * 1:2 and 2:1. Up to {@link #FULL} groups every pair is tried; above, each group against the
 * {@link #NEAREST} places nearest its links' other ends (1,000 components in 235 groups: the
 * layout got no slower). Shorter links pass fewer other links' lanes, so they cross less; on
 * a small page, links whose straight lines cross count extra ({@link #CROSSING_LINKS}), and
 * {@link #orders} gives a few more starts for the caller to keep the drawing that crosses least.
 * Deterministic: the same groups and links always give the same order.
 */
final class PageOrder {
    /** At most this many sweeps (the estates' orders settle in 3 or 4; 10 gained 0.1 %). */
    private static final int SWEEPS = 4;
    /** Up to this many groups, every pair is tried; above, each group's nearest places only. */
    private static final int FULL = 64;
    private static final int NEAREST = 8;
    /**
     * Up to this many links between groups, a pair of links whose straight lines cross costs
     * as much as {@link #CROSSING} more length (the 12-application estate: 505 crossings down
     * to 441, 313 to 275); above, counting the pairs would cost more than it gives.
     */
    static final int CROSSING_LINKS = 150;
    /** Orders tried on a small page (8 left the reference model at 23 crossings, 12 at 16). */
    static final int TRIES = 12;
    private static final double CROSSING = 300;

    /**
     * One link between two groups: its ends' tile centres relative to their group's corner.
     */
    record End(int fromGroup, double fromX, double fromY, int toGroup, double toX, double toY) {
    }

    private PageOrder() {
    }

    /**
     * Orders to try, each a permutation of {@code 0..boxes.size()-1}: the given order improved,
     * then, on a small page (up to {@link #FULL} groups and {@link #CROSSING_LINKS} links), the
     * improvements of {@link #TRIES} - 1 shuffled orders (a fixed seed each): from where it
     * starts, the search settles on drawings that cross from 16 to 34 times (the reference
     * model's current architecture), so the caller keeps the one whose routes cross least.
     */
    static List<int[]> orders(List<Rect> boxes, List<End> links, double width) {
        List<int[]> orders = new ArrayList<>();
        orders.add(improve(boxes, links, width));
        int n = boxes.size();
        if (links.isEmpty() || n < 3 || n > FULL || links.size() > CROSSING_LINKS) {
            return orders;
        }
        for (int seed = 1; seed < TRIES; seed++) {
            int[] order = identity(n);
            Random random = new Random(seed);
            for (int i = n - 1; i > 0; i--) {
                swap(order, i, random.nextInt(i + 1));
            }
            orders.add(improve(boxes, links, width, order));
        }
        return orders;
    }

    /** A permutation of {@code 0..boxes.size()-1}: the order to pack the boxes in. */
    static int[] improve(List<Rect> boxes, List<End> links, double width) {
        return improve(boxes, links, width, identity(boxes.size()));
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** The same from the order {@code start} (a permutation, changed in place and returned). */
    static int[] improve(List<Rect> boxes, List<End> links, double width, int[] start) {
        int n = boxes.size();
        int[] order = start;
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
                // the boxes' places of the order kept (the last one priced may be a swap
                // undone): where the next group's candidates are looked for
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
        /** Each link's groups. */
        private final int[] from;
        private final int[] to;
        /** Each link's ends' tile centres relative to their groups' corners. */
        private final double[] fx;
        private final double[] fy;
        private final double[] tx;
        private final double[] ty;
        private final boolean crossings;
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
                byGroup[i] = new ArrayList<>();
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
            fx = new double[m];
            fy = new double[m];
            tx = new double[m];
            ty = new double[m];
            crossings = m <= CROSSING_LINKS;
            for (int k = 0; k < m; k++) {
                End e = links.get(k);
                from[k] = e.fromGroup();
                to[k] = e.toGroup();
                fx[k] = e.fromX();
                fy[k] = e.fromY();
                tx[k] = e.toX();
                ty[k] = e.toY();
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
            return Arrays.copyOf(at, found);
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
                total += Math.abs(x[from[k]] + fx[k] - x[to[k]] - tx[k])
                    + Math.abs(y[from[k]] + fy[k] - y[to[k]] - ty[k]);
            }
            return crossings ? total + CROSSING * crossings() : total;
        }

        /** Pairs of links whose straight lines, tile centre to tile centre, cross. */
        private int crossings() {
            int m = from.length;
            int count = 0;
            for (int a = 0; a < m; a++) {
                double ax1 = x[from[a]] + fx[a];
                double ay1 = y[from[a]] + fy[a];
                double ax2 = x[to[a]] + tx[a];
                double ay2 = y[to[a]] + ty[a];
                for (int b = a + 1; b < m; b++) {
                    double bx1 = x[from[b]] + fx[b];
                    double by1 = y[from[b]] + fy[b];
                    double bx2 = x[to[b]] + tx[b];
                    double by2 = y[to[b]] + ty[b];
                    if (Geometry.properlyCross(ax1, ay1, ax2, ay2, bx1, by1, bx2, by2)) {
                        count++;
                    }
                }
            }
            return count;
        }
    }
}
