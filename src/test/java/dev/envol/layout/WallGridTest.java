package dev.envol.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WallGridTest {
    private static final double MARGIN = LinkRouter.MARGIN;
    private static final double INSET = MARGIN - Geometry.TOLERANCE;

    /**
     * The bits answer as the boxes themselves do for every point they can tell, on lines,
     * between them and at the middles a search asks about; overlapping and touching walls
     * included.
     */
    @Test
    void answersAsTheWallsThemselvesWhereverItCanTell() {
        Random random = new Random(7);
        List<Rect> walls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            walls.add(new Rect(random.nextInt(40) * 25, random.nextInt(40) * 25,
                20 + random.nextInt(12) * 25, 20 + random.nextInt(12) * 25));
        }
        double[] xs = lines(walls, true);
        double[] ys = lines(walls, false);
        WallGrid grid = new WallGrid(xs, ys, walls, MARGIN);
        double[] px = probes(xs, random);
        double[] py = probes(ys, random);
        int[] atX = new int[px.length];
        int[] midX = new int[px.length];
        int[] atY = new int[py.length];
        int[] midY = new int[py.length];
        grid.cellsX(px, atX, midX);
        grid.cellsY(py, atY, midY);
        int told = 0;
        int walled = 0;
        for (int i = 0; i < px.length; i++) {
            for (int j = 0; j < py.length; j++) {
                told += check(grid, walls, px[i], py[j], atX[i], atY[j]);
                if (i + 1 < px.length && j + 1 < py.length) {
                    told += check(grid, walls, (px[i] + px[i + 1]) / 2, (py[j] + py[j + 1]) / 2,
                        midX[i], midY[j]);
                }
                if (atX[i] >= 0 && atY[j] >= 0 && grid.walled(atX[i], atY[j])) {
                    walled++;
                }
            }
        }
        // most points are told, and both answers occur
        assertThat(told).isGreaterThan(px.length * py.length);
        assertThat(walled).isPositive().isLessThan(px.length * py.length);
    }

    /** 1 when the grid could tell the point (and agreed with the walls), 0 when ambiguous. */
    private static int check(WallGrid grid, List<Rect> walls, double x, double y, int cx, int cy) {
        if (cx == WallGrid.AMBIGUOUS || cy == WallGrid.AMBIGUOUS) {
            return 0;
        }
        assertThat(grid.walled(cx, cy)).as("(%s, %s)", x, y).isEqualTo(inWall(walls, x, y));
        return 1;
    }

    private static boolean inWall(List<Rect> walls, double x, double y) {
        for (Rect r : walls) {
            if (x > r.x() - INSET && x < r.maxX() + INSET && y > r.y() - INSET
                && y < r.maxY() + INSET) {
                return true;
            }
        }
        return false;
    }

    private static double[] lines(List<Rect> walls, boolean alongX) {
        double[] v = new double[walls.size() * 2];
        for (int i = 0; i < walls.size(); i++) {
            Rect r = walls.get(i);
            v[2 * i] = (alongX ? r.x() : r.y()) - MARGIN;
            v[2 * i + 1] = (alongX ? r.maxX() : r.maxY()) + MARGIN;
        }
        return RouteSearch.unique(v, v.length, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY);
    }

    /** The lines themselves, points near them (inside and outside the tolerance), random ones. */
    private static double[] probes(double[] lines, Random random) {
        double[] v = new double[lines.length * 5 + 40];
        int n = 0;
        for (double line : lines) {
            v[n++] = line;
            v[n++] = line + 0.3;
            v[n++] = line - 0.7;
            v[n++] = line + 3;
            v[n++] = line - 11;
        }
        for (int k = 0; k < 40; k++) {
            v[n++] = lines[0] - 100 + random.nextDouble() * (lines[lines.length - 1] - lines[0] + 200);
        }
        double[] sorted = Arrays.copyOf(v, n);
        Arrays.sort(sorted);
        return sorted;
    }
}
