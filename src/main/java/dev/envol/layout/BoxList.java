package dev.envol.layout;

import java.util.Arrays;

/**
 * A few boxes grown by an inset, in flat arrays, for the point tests a search repeats many times
 * around the ends of one link (a linear scan is quicker than an index for a dozen boxes).
 * Cleared and refilled per link.
 */
final class BoxList {
    private final double inset;
    private double[] minX = new double[8];
    private double[] minY = new double[8];
    private double[] maxX = new double[8];
    private double[] maxY = new double[8];
    private int size;

    BoxList(double inset) {
        this.inset = inset;
    }

    void clear() {
        size = 0;
    }

    void add(Rect r) {
        if (size == minX.length) {
            minX = Arrays.copyOf(minX, size * 2);
            minY = Arrays.copyOf(minY, size * 2);
            maxX = Arrays.copyOf(maxX, size * 2);
            maxY = Arrays.copyOf(maxY, size * 2);
        }
        minX[size] = r.x() - inset;
        minY[size] = r.y() - inset;
        maxX[size] = r.maxX() + inset;
        maxY[size] = r.maxY() + inset;
        size++;
    }

    /** True when a box, grown by the inset, holds the point strictly inside. */
    boolean holds(double x, double y) {
        for (int k = 0; k < size; k++) {
            if (x > minX[k] && x < maxX[k] && y > minY[k] && y < maxY[k]) {
                return true;
            }
        }
        return false;
    }
}
