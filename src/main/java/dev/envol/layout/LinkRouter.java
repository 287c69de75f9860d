package dev.envol.layout;

import dev.envol.model.Link;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes links orthogonally around tiles: the one routing step that the canvas, the PNG, the
 * SVG and the draw.io file all draw. Each link gets the cheapest path of {@link RouteSearch}
 * (length plus a penalty per bend, never through a tile other than its ends, leaving and
 * entering perpendicularly); then {@link PortSpreader} spreads the links that share a tile side
 * along it, and {@link SegmentNudger} moves apart parallel segments of different links that
 * would lie on top of each other.
 *
 * <pre>{@code
 * List<EdgePath> edges = new LinkRouter(tiles, containers).route(architecture.links());
 * }</pre>
 *
 * An instance is bound to one placement of tiles and is not thread-safe.
 */
public final class LinkRouter {
    /** Free space kept between a link and any tile it passes. */
    public static final double MARGIN = 12;
    /**
     * Above this many links (or {@link #BIG_TILES} tiles) a diagram is routed the cheap way:
     * only links whose two ends lie in the same application container are searched, and the
     * search looks only inside that container; every other link is drawn straight from border
     * to border ({@link StraightEdges}, what hand-placed diagrams drew before the router).
     * Why: the full search of a link between two distant applications looks at every tile
     * between them, so on the generated 1,000-application estate (~8,000 tiles, ~15,000 links)
     * routing took about 4 minutes, against an export budget of 5 s. The samples and the
     * 60-application estates of the tests (a few hundred links) stay well under it and keep
     * the full routing. A stopgap: deterministic, but long links of big estates are not
     * routed around tiles.
     */
    public static final int BIG_LINKS = 600;
    /** Tile count above which a diagram is routed the cheap way (see {@link #BIG_LINKS}). */
    public static final int BIG_TILES = 800;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Rect> areas;
    private final List<Rect> boxes = new ArrayList<>();
    private final ObstacleIndex obstacles;
    private final RouteSearch search;

    /**
     * @param tiles      every tile of the diagram by component id
     * @param containers application containers: their borders give the routes lanes
     */
    public LinkRouter(Map<String, Rect> tiles, Collection<Rect> containers) {
        tiles.forEach((id, r) -> {
            index.put(id, boxes.size());
            boxes.add(r);
        });
        areas = List.copyOf(containers);
        obstacles = new ObstacleIndex(boxes);
        search = new RouteSearch(obstacles, List.copyOf(containers), MARGIN);
    }

    /**
     * Routes every link whose two ends are tiles (other links, and links from a tile to
     * itself, are left out: the checks report them), spread and nudged.
     */
    public List<EdgePath> route(List<Link> links) {
        if (links.size() > BIG_LINKS || boxes.size() > BIG_TILES) {
            return new BigDiagramRoutes(this, links).route();
        }
        List<Link> routed = new ArrayList<>();
        List<List<Point>> paths = new ArrayList<>();
        for (Link link : links) {
            List<Point> path = rawPath(link);
            if (path != null) {
                routed.add(link);
                paths.add(path);
            }
        }
        List<Rect[]> ends = new ArrayList<>();
        for (Link link : routed) {
            ends.add(new Rect[] {boxes.get(index.get(link.from())), boxes.get(index.get(link.to()))});
        }
        spreadAndNudge(paths, ends);
        List<EdgePath> edges = new ArrayList<>();
        for (int i = 0; i < routed.size(); i++) {
            edges.add(edge(routed.get(i), paths.get(i)));
        }
        return edges;
    }

    void spreadAndNudge(List<List<Point>> paths, List<Rect[]> ends) {
        new PortSpreader(obstacles).spread(paths, ends);
        new SegmentNudger(obstacles, MARGIN).nudge(paths);
    }

    /** The tile of {@code componentId}, or {@code null} when it is not a tile. */
    Rect tile(String componentId) {
        Integer i = index.get(componentId);
        return i == null ? null : boxes.get(i);
    }

    List<Rect> containers() {
        return areas;
    }

    /** The search confined to {@code area}, as points, or {@code null} when it finds no way. */
    List<Point> searchWithin(Rect s, Rect t, Rect area) {
        double[][] found = search.routeWithin(s, t, area);
        if (found == null) {
            return null;
        }
        List<Point> points = new ArrayList<>();
        for (double[] p : found) {
            points.add(new Point(p[0], p[1]));
        }
        return new ArrayList<>(Geometry.simplify(points));
    }

    /**
     * One link's route on its own, neither spread nor nudged: what the canvas draws for the
     * links a drag moves, until the drop routes the whole diagram. {@code null} when an end is
     * not a tile or both ends are the same tile.
     */
    public EdgePath routeOne(Link link) {
        List<Point> path = rawPath(link);
        return path == null ? null : edge(link, path);
    }

    /** True when the segment runs through a tile (for checks of routes made elsewhere). */
    public boolean crossesTile(Point a, Point b) {
        return obstacles.crossesTile(a, b);
    }

    private List<Point> rawPath(Link link) {
        Integer from = index.get(link.from());
        Integer to = index.get(link.to());
        if (from == null || to == null || from.equals(to)) {
            return null;
        }
        Rect s = boxes.get(from);
        Rect t = boxes.get(to);
        double[][] found = search.route(s, t);
        if (found == null) {
            // walled in on every side, even with the whole diagram in view: draw it straight
            return new ArrayList<>(StraightEdges.between(link, s, t).points());
        }
        List<Point> points = new ArrayList<>();
        for (double[] p : found) {
            points.add(new Point(p[0], p[1]));
        }
        return new ArrayList<>(Geometry.simplify(points));
    }

    static EdgePath edge(Link link, List<Point> path) {
        return new EdgePath(link.from(), link.to(), Geometry.simplify(path), link.isHard(),
            link.label());
    }
}
