package dev.envol.layout;

import static dev.envol.layout.DiagramMetrics.CONTAINER_LABEL_HEIGHT;
import static dev.envol.layout.DiagramMetrics.CONTAINER_PADDING;
import static dev.envol.layout.DiagramMetrics.MARGIN;
import static dev.envol.layout.DiagramMetrics.TILE_HEIGHT;
import static dev.envol.layout.DiagramMetrics.TILE_WIDTH;

import dev.envol.model.Architecture;
import dev.envol.model.Component;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The architect's own placement: tiles where the model puts them, each application's box drawn
 * around its tiles, links routed around the tiles by {@link LinkRouter}. Overlaps are the
 * architect's choice and are kept.
 */
final class ModelPlacement {
    private ModelPlacement() {
    }

    /** Every component of {@code architecture} must have a position. */
    static LayoutResult place(Architecture architecture) {
        Map<String, Rect> tiles = new LinkedHashMap<>();
        Map<String, Rect> containers = new LinkedHashMap<>();
        for (Component c : architecture.components()) {
            Rect tile = new Rect(c.position().x(), c.position().y(), TILE_WIDTH, TILE_HEIGHT);
            tiles.put(c.id(), tile);
            if (c.application() != null) {
                Rect box = tile.grow(CONTAINER_PADDING, CONTAINER_PADDING + CONTAINER_LABEL_HEIGHT,
                    CONTAINER_PADDING, CONTAINER_PADDING);
                containers.merge(c.application(), box, Rect::union);
            }
        }
        List<EdgePath> edges = new LinkRouter(tiles, containers.values()).route(architecture.links());
        Rect extent = null;
        for (Rect r : tiles.values()) {
            extent = extent == null ? r : extent.union(r);
        }
        for (Rect r : containers.values()) {
            extent = extent.union(r);
        }
        Rect bounds = extent == null ? new Rect(0, 0, 2 * MARGIN, 2 * MARGIN)
            : extent.grow(MARGIN, MARGIN, MARGIN, MARGIN);
        return new LayoutResult(tiles, containers, edges, bounds);
    }
}
