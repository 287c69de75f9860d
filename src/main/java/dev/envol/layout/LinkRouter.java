package dev.envol.layout;

import dev.envol.model.Link;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes links orthogonally around tiles: the one routing step that the canvas, the PNG, the
 * SVG and the draw.io file all draw. Each link gets the cheapest path (length plus a penalty
 * per bend, never through a tile other than its ends, leaving and entering perpendicularly):
 * among the tiles near it ({@link RouteSearch}) when they are few, otherwise in the channels
 * between application containers ({@link ChannelSearch}), so a big estate is routed in about
 * the time of a small one. Then {@link PortSpreader} spreads the links that share a tile side
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
     * Up to this many tiles, a diagram is routed exactly: every link is searched among the
     * tiles one by one ({@link RouteSearch}), for its cheapest path. The samples and the
     * estates of up to 60 applications are such diagrams.
     */
    static final int EXACT_TILES = 500;
    /**
     * In a bigger diagram, a link whose search window (the two ends and some room around them)
     * holds more tiles than this is routed among the application containers
     * ({@link ChannelSearch}) instead: on the generated 1,000-application estate (~8,000
     * tiles, ~15,000 links) the tile-by-tile search of every link took about 4 minutes, as a
     * link between distant applications looks at every tile between them.
     */
    static final int FINE_TILES = 200;
    /**
     * How far a bigger diagram's search may trade cost for speed ({@link GridAStar}): a path
     * at most 20 % costlier than the cheapest, found looking at some 30 times fewer states.
     */
    static final double BIG_WEIGHT = 1.2;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Rect> areas;
    private final List<Rect> boxes = new ArrayList<>();
    private final ObstacleIndex obstacles;
    private final RouteSearch search;
    private final int fineTiles;
    /** Null for an exact diagram, whose cheapest paths have no stairs to take out. */
    private final Staircases stairs;
    private ChannelSearch channels;

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
        boolean exact = boxes.size() <= EXACT_TILES;
        fineTiles = exact ? Integer.MAX_VALUE : FINE_TILES;
        stairs = exact ? null : new Staircases(obstacles, MARGIN);
        search = new RouteSearch(obstacles, List.copyOf(containers), MARGIN,
            exact ? 1 : BIG_WEIGHT);
    }

    /**
     * Routes every link whose two ends are tiles (other links, and links from a tile to
     * itself, are left out: the checks report them), spread and nudged.
     */
    public List<EdgePath> route(List<Link> links) {
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

    private void spreadAndNudge(List<List<Point>> paths, List<Rect[]> ends) {
        new PortSpreader(obstacles).spread(paths, ends);
        new SegmentNudger(obstacles, MARGIN).nudge(paths);
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

    /**
     * A drag frame's route of one link, cheap and bounded: searched in the first window only
     * (no channel search, no growing), and not searched at all when an end overlaps another
     * tile (it is walled in). When that finds nothing, the route is a simple orthogonal elbow
     * ({@link ElbowPath}) marked provisional: it may cross tiles until the drop routes the link
     * with {@link #route}. {@code null} when an end is not a tile or both ends are the same.
     */
    public Preview preview(Link link) {
        int[] ends = ends(link);
        if (ends == null) {
            return null;
        }
        Rect s = boxes.get(ends[0]);
        Rect t = boxes.get(ends[1]);
        if (!overlapsAnother(ends[0]) && !overlapsAnother(ends[1])) {
            double[][] found = search.route(s, t, fineTiles, 1);
            if (found != null) {
                return new Preview(edge(link, polish(found)), false);
            }
        }
        return new Preview(edge(link, ElbowPath.between(s, t)), true);
    }

    /** A route drawn during a drag; {@code provisional} when it was not searched around tiles. */
    public record Preview(EdgePath path, boolean provisional) {
    }

    private boolean overlapsAnother(int tile) {
        Rect r = boxes.get(tile);
        for (int i : obstacles.query(r.x(), r.y(), r.maxX(), r.maxY())) {
            if (i != tile && boxes.get(i).overlaps(r)) {
                return true;
            }
        }
        return false;
    }

    /** True when the segment runs through a tile (for checks of routes made elsewhere). */
    public boolean crossesTile(Point a, Point b) {
        return obstacles.crossesTile(a, b);
    }

    /** The tile indexes of the link's two ends; null when one is not a tile or both are the same. */
    private int[] ends(Link link) {
        Integer from = index.get(link.from());
        Integer to = index.get(link.to());
        return from == null || to == null || from.equals(to) ? null : new int[] {from, to};
    }

    private List<Point> rawPath(Link link) {
        int[] ends = ends(link);
        if (ends == null) {
            return null;
        }
        Rect s = boxes.get(ends[0]);
        Rect t = boxes.get(ends[1]);
        double[][] found = search.route(s, t, fineTiles);
        if (found == null && fineTiles < Integer.MAX_VALUE) {
            found = channels().route(s, t);
            if (found == null) {
                // the containers wall an end in: tile by tile, however many tiles that takes
                found = search.route(s, t, Integer.MAX_VALUE);
            }
        }
        if (found == null) {
            // walled in on every side, even with the whole diagram in view: draw it straight
            return new ArrayList<>(StraightEdges.between(link, s, t).points());
        }
        return polish(found);
    }

    /** A search's points simplified, and on a big diagram with their stairs taken out. */
    private List<Point> polish(double[][] found) {
        List<Point> points = new ArrayList<>();
        for (double[] p : found) {
            points.add(new Point(p[0], p[1]));
        }
        List<Point> simple = Geometry.simplify(points);
        return new ArrayList<>(stairs == null ? simple : stairs.straighten(simple));
    }

    private ChannelSearch channels() {
        if (channels == null) {
            channels = new ChannelSearch(obstacles, areas, MARGIN, BIG_WEIGHT);
        }
        return channels;
    }

    static EdgePath edge(Link link, List<Point> path) {
        return new EdgePath(link.from(), link.to(), Geometry.simplify(path), link.isHard(),
            link.label());
    }
}
