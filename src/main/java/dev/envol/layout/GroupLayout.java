package dev.envol.layout;

import static dev.envol.layout.DiagramMetrics.CONTAINER_LABEL_HEIGHT;
import static dev.envol.layout.DiagramMetrics.CONTAINER_PADDING;
import static dev.envol.layout.DiagramMetrics.TILE_HEIGHT;
import static dev.envol.layout.DiagramMetrics.TILE_WIDTH;

import dev.envol.model.Coupling;
import dev.envol.model.Link;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * One application's tiles laid out on their own, in a box whose top-left corner is (0, 0):
 * with ELK layered, left to right by dependency, edges routed orthogonally, when the
 * application has links inside it; on a near-square grid when it has none (an imported
 * inventory), where ELK would stack every tile in one column.
 */
final class GroupLayout {
    private static final double NODE_SPACING = 30;
    private static final double LAYER_SPACING = 50;
    private static final double GRID_GAP = 40;

    /**
     * Registers ELK's algorithms on first use only: a grid (an import) never loads ELK. The JVM
     * runs this once, before any thread gets past {@link #ready()}: {@link AutoLayout} lays
     * groups out on several threads at once.
     */
    private static final class Elk {
        static {
            // ELK finds its algorithms through this registry; without it "layered" is unknown.
            LayoutMetaDataService.getInstance()
                .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            // ELK fills a few caches on its first layout without locking (its edge routers'
            // factories, EMF's packages): one small layout here fills them before threads
            // share them
            laidOut(List.of("a", "b"), List.of(Link.of("a", "b", Coupling.SOFT)), 0, 0, true);
        }

        static void ready() {
        }
    }

    /** Tiles and routes of a group, relative to its box; {@code container} says if it is boxed. */
    record Placed(Map<String, Rect> tiles, List<EdgePath> edges, Rect box) {
    }

    private GroupLayout() {
    }

    static Placed layout(List<String> ids, List<Link> inner, boolean container, boolean thorough) {
        double top = container ? CONTAINER_PADDING + CONTAINER_LABEL_HEIGHT : 0;
        double side = container ? CONTAINER_PADDING : 0;
        if (inner.isEmpty()) {
            return grid(ids, top, side);
        }
        Elk.ready();
        return laidOut(ids, inner, top, side, thorough);
    }

    /** {@code ids} and their {@code inner} links laid out by ELK layered (ELK is ready). */
    private static Placed laidOut(List<String> ids, List<Link> inner, double top, double side,
                                  boolean thorough) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(top, side, side, side));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        if (!thorough) {
            root.setProperty(LayeredOptions.THOROUGHNESS, 1);
        }
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (String id : ids) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(TILE_WIDTH, TILE_HEIGHT);
            nodes.put(id, node);
        }
        Map<ElkEdge, Link> edges = new LinkedHashMap<>();
        for (Link link : inner) {
            edges.put(ElkGraphUtil.createSimpleEdge(nodes.get(link.from()), nodes.get(link.to())), link);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, Rect> tiles = new LinkedHashMap<>();
        nodes.forEach((id, n) -> tiles.put(id, new Rect(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
        List<EdgePath> paths = new ArrayList<>();
        edges.forEach((edge, link) -> {
            List<Point> points = new ArrayList<>();
            for (ElkEdgeSection s : edge.getSections()) {
                points.add(new Point(s.getStartX(), s.getStartY()));
                for (ElkBendPoint b : s.getBendPoints()) {
                    points.add(new Point(b.getX(), b.getY()));
                }
                points.add(new Point(s.getEndX(), s.getEndY()));
            }
            if (points.size() >= 2) {
                paths.add(new EdgePath(link.from(), link.to(), Geometry.simplify(points),
                    link.isHard(), link.label()));
            }
        });
        return new Placed(tiles, paths, new Rect(0, 0, root.getWidth(), root.getHeight()));
    }

    private static Placed grid(List<String> ids, double top, double side) {
        int columns = (int) Math.ceil(Math.sqrt(ids.size() * 1.5));
        Map<String, Rect> tiles = new LinkedHashMap<>();
        double maxX = 0;
        double maxY = 0;
        for (int i = 0; i < ids.size(); i++) {
            Rect r = new Rect(side + (i % columns) * (TILE_WIDTH + GRID_GAP),
                top + (i / columns) * (TILE_HEIGHT + GRID_GAP), TILE_WIDTH, TILE_HEIGHT);
            tiles.put(ids.get(i), r);
            maxX = Math.max(maxX, r.maxX());
            maxY = Math.max(maxY, r.maxY());
        }
        return new Placed(tiles, List.of(), new Rect(0, 0, maxX + side, maxY + side));
    }
}
