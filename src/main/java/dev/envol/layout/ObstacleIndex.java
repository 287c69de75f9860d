package dev.envol.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tiles bucketed on a coarse grid, so the router finds the few tiles near a link without
 * looking at all of them (2,000 tiles, 3,000 links: a scan per link would dominate).
 */
final class ObstacleIndex {
    private static final double CELL = 400;
    private final List<Rect> rects;
    private final Map<Long, List<Integer>> buckets = new HashMap<>();
    private int[] seen = new int[0];
    private int stamp;
    private int minCx = Integer.MAX_VALUE;
    private int maxCx = Integer.MIN_VALUE;
    private int minCy = Integer.MAX_VALUE;
    private int maxCy = Integer.MIN_VALUE;

    ObstacleIndex(List<Rect> rects) {
        this.rects = rects;
        seen = new int[rects.size()];
        for (int i = 0; i < rects.size(); i++) {
            Rect r = rects.get(i);
            minCx = Math.min(minCx, cell(r.x()));
            maxCx = Math.max(maxCx, cell(r.maxX()));
            minCy = Math.min(minCy, cell(r.y()));
            maxCy = Math.max(maxCy, cell(r.maxY()));
            for (int cx = cell(r.x()); cx <= cell(r.maxX()); cx++) {
                for (int cy = cell(r.y()); cy <= cell(r.maxY()); cy++) {
                    buckets.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    Rect get(int index) {
        return rects.get(index);
    }

    int size() {
        return rects.size();
    }

    /** Indexes of the tiles that share area with, or touch, {@code window}; each once. */
    List<Integer> query(double minX, double minY, double maxX, double maxY) {
        List<Integer> found = new ArrayList<>();
        stamp++;
        if (stamp == Integer.MAX_VALUE) {
            java.util.Arrays.fill(seen, 0);
            stamp = 1;
        }
        // only the cells where tiles are: a window far larger than the drawing costs nothing
        int cx1 = Math.min(cell(maxX), maxCx);
        int cy0 = Math.max(cell(minY), minCy);
        int cy1 = Math.min(cell(maxY), maxCy);
        for (int cx = Math.max(cell(minX), minCx); cx <= cx1; cx++) {
            for (int cy = cy0; cy <= cy1; cy++) {
                List<Integer> bucket = buckets.get(key(cx, cy));
                if (bucket == null) {
                    continue;
                }
                for (int i : bucket) {
                    if (seen[i] != stamp) {
                        seen[i] = stamp;
                        Rect r = rects.get(i);
                        if (r.x() <= maxX && r.maxX() >= minX && r.y() <= maxY && r.maxY() >= minY) {
                            found.add(i);
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * True when the axis-parallel segment enters the inside of a tile (running along a border
     * or ending on it does not count): the test a routed link must pass.
     */
    boolean crossesTile(Point a, Point b) {
        double minX = Math.min(a.x(), b.x());
        double maxX = Math.max(a.x(), b.x());
        double minY = Math.min(a.y(), b.y());
        double maxY = Math.max(a.y(), b.y());
        for (int i : query(minX, minY, maxX, maxY)) {
            if (Geometry.segmentEntersBox(a, b, rects.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static int cell(double v) {
        return (int) Math.floor(v / CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xffffffffL);
    }
}
