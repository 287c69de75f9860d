package dev.envol.exports;

import dev.envol.catalog.Category;
import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.layout.ApplicationBox;
import dev.envol.layout.EdgePath;
import dev.envol.layout.Tile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mermaid flowchart ({@code current.mmd}, {@code target.mmd}) that GitLab renders: left to
 * right, a subgraph per application, a node per component (name and cost badge), {@code ==>}
 * for hard links and {@code -.->} for soft ones, tiles coloured by category.
 */
public final class MermaidExporter implements Exporter<Diagram> {
    @Override
    public String format() {
        return "mermaid";
    }

    @Override
    public void write(Diagram diagram, OutputStream out) throws IOException {
        out.write(text(diagram).getBytes(StandardCharsets.UTF_8));
    }

    /** The flowchart as text (for the wiki page's {@code ```mermaid} blocks). */
    public String text(Diagram diagram) {
        MermaidText names = new MermaidText();
        StringBuilder m = new StringBuilder();
        if (!diagram.title().isEmpty()) {
            m.append("%% ").append(MermaidText.comment(diagram.title())).append('\n');
        }
        m.append("flowchart LR\n");
        Map<String, String> nodeIds = new HashMap<>();
        for (Tile tile : diagram.geometry().tiles()) {
            nodeIds.put(tile.componentId(), names.id("c_", tile.componentId()));
        }
        Map<String, List<Tile>> byApplication = new LinkedHashMap<>();
        for (ApplicationBox box : diagram.geometry().containers()) {
            byApplication.put(box.applicationId(), new ArrayList<>());
        }
        List<Tile> loose = new ArrayList<>();
        for (Tile tile : diagram.geometry().tiles()) {
            List<Tile> members = tile.applicationId() == null ? null
                : byApplication.get(tile.applicationId());
            (members == null ? loose : members).add(tile);
        }
        for (ApplicationBox box : diagram.geometry().containers()) {
            m.append("  subgraph ").append(names.id("app_", box.applicationId())).append(" [\"")
                .append(MermaidText.label(box.label())).append("\"]\n");
            for (Tile tile : byApplication.get(box.applicationId())) {
                node(m, "    ", nodeIds.get(tile.componentId()), tile, diagram);
            }
            m.append("  end\n");
        }
        for (Tile tile : loose) {
            node(m, "  ", nodeIds.get(tile.componentId()), tile, diagram);
        }
        for (EdgePath edge : diagram.geometry().edges()) {
            m.append("  ").append(nodeIds.get(edge.from()))
                .append(edge.hard() ? " ==>" : " -.->");
            if (edge.label() != null && !edge.label().isBlank()) {
                m.append("|\"").append(MermaidText.label(edge.label())).append("\"|");
            }
            m.append(' ').append(nodeIds.get(edge.to())).append('\n');
        }
        classes(m, diagram, nodeIds);
        return m.toString();
    }

    private static void node(StringBuilder m, String indent, String id, Tile tile, Diagram d) {
        String badge = d.badge(tile.componentId());
        m.append(indent).append(id).append("[\"").append(MermaidText.label(tile.name()));
        if (badge != null) {
            m.append("<br/>").append(MermaidText.label(badge));
        }
        m.append("\"]\n");
    }

    /** One class per category present, in the category colour with white text. */
    private static void classes(StringBuilder m, Diagram d, Map<String, String> nodeIds) {
        Map<Category, List<String>> members = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            members.put(c, new ArrayList<>());
        }
        ComponentCatalog catalog = ComponentCatalog.standard();
        for (Tile tile : d.geometry().tiles()) {
            Category category = catalog.find(tile.typeKey()).map(ComponentType::category)
                .orElse(Category.ON_PREMISE);
            members.get(category).add(nodeIds.get(tile.componentId()));
        }
        members.forEach((category, ids) -> {
            if (!ids.isEmpty()) {
                String name = "cat_" + category.key().replace('-', '_');
                m.append("  classDef ").append(name).append(" fill:").append(category.colour())
                    .append(",stroke:").append(category.colour()).append(",color:#FFFFFF\n");
                m.append("  class ").append(String.join(",", ids)).append(' ').append(name)
                    .append('\n');
            }
        });
    }
}
