package dev.envol.layout;

import dev.envol.model.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything of one architecture goes: a box per component id, a box per application id,
 * a routed path per link, and the extent of the whole drawing. Maps keep the model's order.
 */
public record LayoutResult(Map<String, Rect> tiles, Map<String, Rect> containers,
                           List<EdgePath> edges, Rect bounds) {
    public LayoutResult {
        tiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tiles));
        containers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(containers));
        edges = List.copyOf(edges);
    }

    /** Top-left corner of every tile: what the editor writes back into the model. */
    public Map<String, Position> positions() {
        Map<String, Position> positions = new LinkedHashMap<>();
        tiles.forEach((id, r) -> positions.put(id, new Position(r.x(), r.y())));
        return positions;
    }
}
