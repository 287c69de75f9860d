package dev.envol.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * One link's path when the tiles around it are too many to search one by one (a link between
 * distant applications of a big estate): it runs in the free channels between application
 * containers. Every container that holds neither end is a wall as a whole, and so is every tile
 * that sits in no container; inside the containers of the two ends their own tiles are the
 * walls. The grid is then small: the lines one margin outside each container and loose tile
 * (kept sorted once for the diagram) plus the lines of the two ends' containers' tiles, and
 * which grid edges are walled off is looked up only for the edges the search reaches.
 *
 * <p>Every tile is behind a wall (its own or its container's), so no path crosses a tile other
 * than its ends. When the walls leave no way through (containers overlapping an end, say),
 * {@link #route} answers {@code null}. An instance is bound to one placement and is not
 * thread-safe.
 */
final class ChannelSearch {
    private final ObstacleIndex tiles;
    /** Containers first ({@link #containerCount} of them), then the tiles in no container. */
    private final ObstacleIndex walls;
    private final int containerCount;
    private final double[] lineX;
    private final double[] lineY;
    private final double margin;
    private final double inset;
    private final GridAStar astar;
    private final int[] ownWall;
    private final int[] ownTile;
    private int stamp;
    private final IntPredicate wallCounts;
    private final WallGrid wallGrid;
    /** The containers of the current link's ends (not walls), grown by the inset. */
    private final BoxList ownAreas;
    /** What walls a point in {@link #ownAreas}: the ends' containers' tiles, other walls there. */
    private final BoxList ownWalls;
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private double[] scratch = new double[64];
    /** {@link WallGrid} cells of the grid's lines and of the middles between them. */
    private int[] cellAtX = new int[0];
    private int[] cellMidX = new int[0];
    private int[] cellAtY = new int[0];
    private int[] cellMidY = new int[0];

    /** @param weight see {@link GridAStar#GridAStar(double, double)} */
    ChannelSearch(ObstacleIndex tiles, List<Rect> containers, double margin, double weight) {
        this.tiles = tiles;
        this.margin = margin;
        this.inset = margin - Geometry.TOLERANCE;
        this.astar = new GridAStar(margin, weight);
        ownAreas = new BoxList(inset);
        ownWalls = new BoxList(inset);
        List<Rect> rects = new ArrayList<>(containers);
        containerCount = rects.size();
        ObstacleIndex boxes = new ObstacleIndex(List.copyOf(containers));
        for (int i = 0; i < tiles.size(); i++) {
            Rect tile = tiles.get(i);
            if (!boxes.holdsWhole(tile)) {
                rects.add(tile);
            }
        }
        walls = new ObstacleIndex(rects);
        double[] x = new double[rects.size() * 2];
        double[] y = new double[x.length];
        for (int i = 0; i < rects.size(); i++) {
            Rect r = rects.get(i);
            x[2 * i] = r.x() - margin;
            x[2 * i + 1] = r.maxX() + margin;
            y[2 * i] = r.y() - margin;
            y[2 * i + 1] = r.maxY() + margin;
        }
        lineX = RouteSearch.unique(x, x.length, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        lineY = RouteSearch.unique(y, y.length, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        wallGrid = new WallGrid(lineX, lineY, rects, margin);
        ownWall = new int[rects.size()];
        ownTile = new int[tiles.size()];
        // a wall counts unless it is a container of an end
        wallCounts = w -> ownWall[w] != stamp;
    }

    /** The path from {@code s} to {@code t} (as {@link GridAStar} gives it), or {@code null}. */
    double[][] route(Rect s, Rect t) {
        stamp++;
        List<Rect> own = new ArrayList<>();
        ownAreas.clear();
        ownWalls.clear();
        for (Rect end : new Rect[] {s, t}) {
            for (int c : walls.query(end.x(), end.y(), end.maxX(), end.maxY())) {
                if (c < containerCount && walls.get(c).contains(end) && ownWall[c] != stamp) {
                    ownWall[c] = stamp;
                    ownAreas.add(walls.get(c));
                    for (int i : tiles.query(walls.get(c).x(), walls.get(c).y(),
                        walls.get(c).maxX(), walls.get(c).maxY())) {
                        if (ownTile[i] != stamp) {
                            ownTile[i] = stamp;
                            own.add(tiles.get(i));
                            ownWalls.add(tiles.get(i));
                        }
                    }
                }
            }
        }
        addWallsNearOwn(s, t);
        Rect both = s.union(t);
        double grow = 240;
        for (int attempt = 0; attempt < 6; attempt++) {
            Rect window = both.grow(grow, grow, grow, grow);
            lines(window, own, s, t);
            double[][] path = astar.shortest(s, t, xs, ys, this::blocked);
            if (path != null) {
                return path;
            }
            grow = grow * 2.5 + Math.max(both.width(), both.height()) / 2;
        }
        return null;
    }

    /** The grid of {@code window}: the walls' lines in it, the own tiles' lines, the stubs. */
    private void lines(Rect window, List<Rect> own, Rect s, Rect t) {
        xs = window(lineX, window.x(), window.maxX(), own, s, t, true);
        ys = window(lineY, window.y(), window.maxY(), own, s, t, false);
        if (cellAtX.length < xs.length) {
            cellAtX = new int[Math.max(xs.length, cellAtX.length * 2)];
            cellMidX = new int[cellAtX.length];
        }
        if (cellAtY.length < ys.length) {
            cellAtY = new int[Math.max(ys.length, cellAtY.length * 2)];
            cellMidY = new int[cellAtY.length];
        }
        wallGrid.cellsX(xs, cellAtX, cellMidX);
        wallGrid.cellsY(ys, cellAtY, cellMidY);
    }

    private double[] window(double[] lines, double min, double max, List<Rect> own, Rect s,
                            Rect t, boolean alongX) {
        int from = RouteSearch.firstAbove(lines, Math.nextDown(min));
        int to = RouteSearch.firstAbove(lines, max);
        int size = to - from + own.size() * 2 + 8;
        if (scratch.length < size) {
            scratch = new double[Math.max(size, scratch.length * 2)];
        }
        double[] v = scratch;
        System.arraycopy(lines, from, v, 0, to - from);
        int n = to - from;
        for (Rect r : own) {
            v[n++] = (alongX ? r.x() : r.y()) - margin;
            v[n++] = (alongX ? r.maxX() : r.maxY()) + margin;
        }
        for (Rect r : new Rect[] {s, t}) {
            for (int d = 0; d < 4; d++) {
                Point p = astar.stub(r, d);
                v[n++] = alongX ? p.x() : p.y();
            }
        }
        return RouteSearch.unique(v, n, min, max);
    }

    /**
     * True when the grid edge's middle lies in a wall grown by a little under a margin: looked
     * up in the {@link WallGrid}, unless the middle is in a container of an end (whose own
     * tiles are the walls there) or too near a line for the grid to tell.
     */
    private boolean blocked(int i, int j, int dir) {
        int cx;
        int cy;
        double x;
        double y;
        switch (dir) {
            case GridAStar.RIGHT -> {
                x = (xs[i] + xs[i + 1]) / 2;
                y = ys[j];
                cx = cellMidX[i];
                cy = cellAtY[j];
            }
            case GridAStar.LEFT -> {
                x = (xs[i - 1] + xs[i]) / 2;
                y = ys[j];
                cx = cellMidX[i - 1];
                cy = cellAtY[j];
            }
            case GridAStar.DOWN -> {
                x = xs[i];
                y = (ys[j] + ys[j + 1]) / 2;
                cx = cellAtX[i];
                cy = cellMidY[j];
            }
            default -> {
                x = xs[i];
                y = (ys[j - 1] + ys[j]) / 2;
                cx = cellAtX[i];
                cy = cellMidY[j - 1];
            }
        }
        if (ownAreas.holds(x, y)) {
            return ownWalls.holds(x, y);
        }
        if (cx == WallGrid.AMBIGUOUS || cy == WallGrid.AMBIGUOUS) {
            return walls.holds(x, y, inset, wallCounts);
        }
        return wallGrid.walled(cx, cy);
    }

    /**
     * Adds to {@link #ownWalls} the walls that reach into the ends' containers (beside their
     * tiles, already there): outside those containers only walls count, and the grid has them.
     */
    private void addWallsNearOwn(Rect s, Rect t) {
        for (Rect end : new Rect[] {s, t}) {
            for (int c : walls.query(end.x(), end.y(), end.maxX(), end.maxY())) {
                if (c < containerCount && ownWall[c] == stamp && walls.get(c).contains(end)) {
                    Rect area = walls.get(c).grow(2 * margin, 2 * margin, 2 * margin, 2 * margin);
                    for (int w : walls.query(area.x(), area.y(), area.maxX(), area.maxY())) {
                        if (ownWall[w] != stamp) {
                            ownWalls.add(walls.get(w));
                        }
                    }
                }
            }
        }
    }
}
