package dev.envol.layout;

import java.util.List;

/**
 * One link as drawn: from the dependant's tile border to its dependency's, through
 * {@code points} (first and last on the tile borders, bends in between).
 *
 * @param hard  a hard (latency-bound) link, drawn bold; soft links are drawn dashed
 * @param label the link's label from the model, or {@code null}
 */
public record EdgePath(String from, String to, List<Point> points, boolean hard, String label) {
    public EdgePath {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("an edge needs two points at least");
        }
    }

    public Point start() {
        return points.get(0);
    }

    public Point end() {
        return points.get(points.size() - 1);
    }
}
