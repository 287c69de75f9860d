package dev.envol.bench;

import static dev.envol.layout.DiagramMetrics.TILE_HEIGHT;
import static dev.envol.layout.DiagramMetrics.TILE_WIDTH;

import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Link;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The same graph {@code AutoLayout} gets, written for Graphviz: left to right, tiles of the same
 * size (in inches, 72 units each), one cluster per application, so {@code dot} does the same job.
 */
public final class DotGraph {
    private DotGraph() {
    }

    /** @param splines {@code ortho} (edges routed like ELK's) or {@code true} (dot's default curves) */
    public static String of(Architecture architecture, String splines) {
        StringBuilder dot = new StringBuilder("digraph estate {\n  rankdir=LR;\n  splines=")
            .append(splines).append(";\n")
            .append("  node [shape=box, fixedsize=true, width=").append(TILE_WIDTH / 72)
            .append(", height=").append(TILE_HEIGHT / 72).append("];\n");
        Map<String, List<Component>> byApp = architecture.components().stream()
            .collect(Collectors.groupingBy(c -> c.application() == null ? "" : c.application(),
                LinkedHashMap::new, Collectors.toList()));
        byApp.forEach((app, members) -> {
            boolean cluster = !app.isEmpty();
            if (cluster) {
                dot.append("  subgraph \"cluster_").append(app).append("\" {\n");
            }
            members.forEach(c -> dot.append("    \"").append(c.id()).append("\";\n"));
            if (cluster) {
                dot.append("  }\n");
            }
        });
        for (Link l : architecture.links()) {
            dot.append("  \"").append(l.from()).append("\" -> \"").append(l.to()).append("\";\n");
        }
        return dot.append("}\n").toString();
    }
}
