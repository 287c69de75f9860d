package dev.envol.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Improves the order in which the groups are packed on the page ({@link PagePacking}) so that
 * linked groups sit near each other: starting from the given order, it swaps two groups whenever
 * that shortens the links between groups (the sum of the distances between their tiles'
 * centres, across and down), a few sweeps, keeping the page's row width and a shape between
 * 1:2 and 2:1. Shorter links pass fewer other links' lanes, so they cross less. Deterministic:
 * the same groups and links always give the same order.
 */
final class PageOrder {
    /** At most this many sweeps over every pair of groups (measured: 2 to 3 settle). */
    private static final int SWEEPS = 4;

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
        double best = cost(boxes, links, order, width);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean better = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    swap(order, i, j);
                    double c = cost(boxes, links, order, width);
                    if (c < best - 1e-6) {
                        best = c;
                        better = true;
                    } else {
                        swap(order, i, j);
                    }
                }
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

    /** Total link length for this order; infinite when the page leaves 1:2 to 2:1. */
    private static double cost(List<Rect> boxes, List<End> links, int[] order, double width) {
        List<Rect> inOrder = new ArrayList<>(order.length);
        for (int k : order) {
            inOrder.add(boxes.get(k));
        }
        double[] extent = new double[2];
        List<Point> places = PagePacking.rows(inOrder, width, 0, 0, extent);
        double aspect = extent[0] / extent[1];
        if (aspect < 0.55 || aspect > 1.9) {
            return Double.POSITIVE_INFINITY;
        }
        double[] x = new double[order.length];
        double[] y = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            x[order[k]] = places.get(k).x();
            y[order[k]] = places.get(k).y();
        }
        double total = 0;
        for (End e : links) {
            total += Math.abs(x[e.fromGroup()] + e.fromX() - x[e.toGroup()] - e.toX())
                + Math.abs(y[e.fromGroup()] + e.fromY() - y[e.toGroup()] - e.toY());
        }
        return total;
    }
}
