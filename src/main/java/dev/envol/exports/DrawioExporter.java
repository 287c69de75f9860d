package dev.envol.exports;

import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.layout.ApplicationBox;
import dev.envol.layout.EdgePath;
import dev.envol.layout.Point;
import dev.envol.layout.Rect;
import dev.envol.layout.Tile;
import dev.envol.layout.TileLabel;
import dev.envol.model.ArchitectureKind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * draw.io file ({@code architecture.drawio}) with one uncompressed page per diagram. AWS types
 * use draw.io's own AWS 2021+ shapes (the catalog's styles), applications are containers whose
 * children sit relative to them, and edges are attached to their cells. Each edge carries its
 * route ({@link dev.envol.layout.LinkRouter}) as waypoints, with exit and entry constraints on
 * its cells, and is drawn as straight segments between them, so draw.io shows the same path
 * as the PNG and the SVG (moving a cell in draw.io keeps the waypoints).
 */
public final class DrawioExporter implements Exporter<List<Diagram>> {
    /** Largest icon drawn in a tile, so that name and badge fit below it. */
    private static final double ICON_MAX_HEIGHT = 56;
    private static final double ICON_MAX_WIDTH = 120;
    private static final String CONTAINER_STYLE = "rounded=1;arcSize=3;container=1;collapsible=0;"
        + "recursiveResize=0;html=1;whiteSpace=wrap;fillColor=#F4F5F7;strokeColor=#8D99A8;"
        + "fontColor=#232F3E;fontStyle=1;verticalAlign=top;align=left;spacingLeft=10;";
    /** No edge style: draw.io draws straight segments through the waypoints, as routed. */
    private static final String EDGE_STYLE = "edgeStyle=none;rounded=1;html=1;"
        + "endArrow=block;endFill=1;strokeColor=#545B64;";
    /** Every tile's label: wrapped (html) in the width and at the size of {@link TileLabel}. */
    private static final String NAME_STYLE = "whiteSpace=wrap;html=1;labelWidth="
        + num(TileLabel.WIDTH) + ";fontSize=" + num(TileLabel.FONT_SIZE) + ";";
    private static final String TITLE_STYLE = "text;html=1;align=left;verticalAlign=middle;"
        + "fontSize=18;fontStyle=1;fontColor=#232F3E;";

    @Override
    public String format() {
        return "drawio";
    }

    @Override
    public void write(List<Diagram> diagrams, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<mxfile host=\"Envol\" type=\"device\">\n");
        for (Diagram diagram : diagrams) {
            page(w, diagram);
        }
        w.write("</mxfile>\n");
        w.flush();
    }

    private void page(Writer w, Diagram d) throws IOException {
        String kind = d.kind().key();
        Rect b = d.geometry().bounds();
        w.write("  <diagram name=\"" + pageName(d.kind()) + "\" id=\"" + kind + "\">\n");
        w.write("    <mxGraphModel grid=\"1\" gridSize=\"10\" guides=\"1\" tooltips=\"1\" "
            + "connect=\"1\" arrows=\"1\" fold=\"1\" page=\"1\" pageScale=\"1\" pageWidth=\""
            + num(Math.max(850, b.maxX())) + "\" pageHeight=\"" + num(Math.max(1100, b.maxY()))
            + "\" math=\"0\" shadow=\"0\">\n      <root>\n");
        w.write("        <mxCell id=\"0\"/>\n        <mxCell id=\"1\" parent=\"0\"/>\n");
        if (!d.title().isEmpty()) {
            vertex(w, kind + "-title", XmlText.html(d.title()), TITLE_STYLE, "1",
                new Rect(b.x() + 20, b.y() - 40, Math.max(400, b.width() - 40), 30));
        }
        Map<String, ApplicationBox> containers = new HashMap<>();
        for (ApplicationBox box : d.geometry().containers()) {
            containers.put(box.applicationId(), box);
            vertex(w, containerId(kind, box.applicationId()), XmlText.html(box.label()),
                CONTAINER_STYLE, "1", box.bounds());
        }
        Map<String, String> parentOf = new HashMap<>();
        Map<String, Rect> cells = new HashMap<>();
        Map<String, Point> origins = new HashMap<>();
        origins.put("1", new Point(0, 0));
        for (ApplicationBox box : d.geometry().containers()) {
            origins.put(containerId(kind, box.applicationId()),
                new Point(box.bounds().x(), box.bounds().y()));
        }
        for (Tile tile : d.geometry().tiles()) {
            ApplicationBox box = tile.applicationId() == null ? null
                : containers.get(tile.applicationId());
            String parent = box == null ? "1" : containerId(kind, box.applicationId());
            parentOf.put(tile.componentId(), parent);
            Rect icon = iconBounds(tile);
            cells.put(tile.componentId(), icon);
            if (box != null) {
                icon = icon.translate(-box.bounds().x(), -box.bounds().y());
            }
            vertex(w, componentId(kind, tile.componentId()), label(tile, d), style(tile), parent,
                icon);
        }
        List<EdgePath> edges = d.geometry().edges();
        for (int i = 0; i < edges.size(); i++) {
            edge(w, kind, i, edges.get(i), parentOf, cells, origins);
        }
        w.write("      </root>\n    </mxGraphModel>\n  </diagram>\n");
    }

    private static void edge(Writer w, String kind, int index, EdgePath e,
                             Map<String, String> parentOf, Map<String, Rect> cells,
                             Map<String, Point> origins) throws IOException {
        String from = parentOf.get(e.from());
        // an edge between cells of one container belongs to it; otherwise to the page's layer
        String parent = from != null && from.equals(parentOf.get(e.to())) ? from : "1";
        String style = EDGE_STYLE + (e.hard() ? "strokeWidth=3;" : "dashed=1;strokeWidth=1.5;")
            + constraint("exit", cells.get(e.from()), e.points().get(0), e.points().get(1))
            + constraint("entry", cells.get(e.to()), e.end(), e.points().get(e.points().size() - 2));
        Point origin = origins.getOrDefault(parent, new Point(0, 0));
        StringBuilder points = new StringBuilder();
        for (Point p : e.points()) {
            // waypoints are in the coordinates of the edge's parent (page or container)
            points.append("            <mxPoint x=\"").append(num(p.x() - origin.x()))
                .append("\" y=\"").append(num(p.y() - origin.y())).append("\"/>\n");
        }
        w.write("        <mxCell id=\"" + kind + "-link-" + index + "\" value=\""
            + XmlText.attribute(e.label() == null ? "" : XmlText.html(e.label())) + "\" style=\""
            + style + "\" edge=\"1\" parent=\"" + parent + "\" source=\""
            + XmlText.attribute(componentId(kind, e.from())) + "\" target=\""
            + XmlText.attribute(componentId(kind, e.to())) + "\">\n"
            + "          <mxGeometry relative=\"1\" as=\"geometry\">\n"
            + "            <Array as=\"points\">\n" + points + "            </Array>\n"
            + "          </mxGeometry>\n        </mxCell>\n");
    }

    /**
     * Where the edge leaves (or enters) its cell, as draw.io's relative constraint: the side the
     * route's end run points away from, at the run's position along that side, so the stretch
     * from the cell to the tile's border continues the route straight.
     */
    static String constraint(String prefix, Rect cell, Point onTile, Point next) {
        if (cell == null) {
            return "";
        }
        double fx;
        double fy;
        if (Math.abs(next.y() - onTile.y()) < 1e-6) {
            fx = next.x() < onTile.x() ? 0 : 1;
            fy = clamp((onTile.y() - cell.y()) / cell.height());
        } else {
            fy = next.y() < onTile.y() ? 0 : 1;
            fx = clamp((onTile.x() - cell.x()) / cell.width());
        }
        return prefix + "X=" + ratio(fx) + ";" + prefix + "Y=" + ratio(fy) + ";" + prefix + "Dx=0;"
            + prefix + "Dy=0;" + prefix + "Perimeter=0;";
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static String ratio(double v) {
        double rounded = Math.round(v * 10000) / 10000.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
            : Double.toString(rounded);
    }

    private static void vertex(Writer w, String id, String htmlValue, String style,
                               String parent, Rect r) throws IOException {
        w.write("        <mxCell id=\"" + XmlText.attribute(id) + "\" value=\""
            + XmlText.attribute(htmlValue) + "\" style=\"" + XmlText.attribute(style)
            + "\" vertex=\"1\" parent=\"" + XmlText.attribute(parent) + "\">\n"
            + "          <mxGeometry x=\"" + num(r.x()) + "\" y=\"" + num(r.y()) + "\" width=\""
            + num(r.width()) + "\" height=\"" + num(r.height()) + "\" as=\"geometry\"/>\n"
            + "        </mxCell>\n");
    }

    /** Name and badge on two lines, as HTML text (the catalog's styles say {@code html=1}). */
    private static String label(Tile tile, Diagram d) {
        String badge = d.badge(tile.componentId());
        return XmlText.html(tile.name()) + (badge == null ? "" : "<br>" + XmlText.html(badge));
    }

    private static String style(Tile tile) {
        Optional<ComponentType> type = ComponentCatalog.standard().find(tile.typeKey());
        String style = type.map(ComponentType::drawioStyle).orElse(
            "rounded=1;whiteSpace=wrap;html=1;fillColor=" + tile.colour()
                + ";fontColor=#FFFFFF;strokeColor=none;");
        // the name wraps in the tile's text width at the tile's font size, as in the PNG and SVG
        return (style.endsWith(";") ? style : style + ";") + NAME_STYLE;
    }

    /** The type's draw.io icon size, scaled to fit the tile, centred at the top of it. */
    private static Rect iconBounds(Tile tile) {
        Optional<ComponentType> type = ComponentCatalog.standard().find(tile.typeKey());
        double w = type.map(ComponentType::drawioWidth).orElse(120);
        double h = type.map(ComponentType::drawioHeight).orElse(60);
        double scale = Math.min(1, Math.min(ICON_MAX_WIDTH / w, ICON_MAX_HEIGHT / h));
        w *= scale;
        h *= scale;
        Rect t = tile.bounds();
        return new Rect(t.centerX() - w / 2, t.y() + 6, w, h);
    }

    static String componentId(String kind, String componentId) {
        return kind + "-cmp-" + componentId;
    }

    static String containerId(String kind, String applicationId) {
        return kind + "-app-" + applicationId;
    }

    private static String pageName(ArchitectureKind kind) {
        return kind == ArchitectureKind.CURRENT ? "Current" : "Target";
    }

    /** Whole numbers without ".0", others with two decimals: stable, diff-friendly output. */
    static String num(double value) {
        long hundredths = Math.round(value * 100);
        return hundredths % 100 == 0 ? Long.toString(hundredths / 100)
            : Decimals.hundredths(hundredths);
    }
}
