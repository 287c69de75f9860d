package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.layout.DiagramGeometry;
import dev.envol.layout.EdgePath;
import dev.envol.layout.Point;
import dev.envol.layout.Rect;
import dev.envol.layout.RouteChecks;
import dev.envol.layout.RouteChecks.Route;
import dev.envol.layout.Tile;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The routes as a reader of the exported files sees them, read back from the draw.io and the
 * SVG of both samples and of generated estates (placed by hand and laid out automatically): no
 * link runs through a tile other than its ends, and both files draw the geometry's routes.
 */
class ExportedRoutesTest {
    private static final Pattern NUMBER_PAIR = Pattern.compile("(-?[0-9.]+),(-?[0-9.]+)");

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.envol.layout.RouteChecks#diagrams")
    void drawioRoutesGoAroundTiles(String name, Project project, ArchitectureKind kind)
        throws Exception {
        Diagram diagram = new Diagram(project, kind, DiagramGeometry.of(project, kind), id -> null, "t");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DrawioExporter().write(List.of(diagram), out);
        Document doc = XmlFiles.parse(out.toByteArray());
        Map<String, Rect> cells = new LinkedHashMap<>();
        Map<String, Point> origins = new HashMap<>();
        origins.put("1", new Point(0, 0));
        List<Element> all = XmlFiles.elements(doc, "mxCell");
        for (Element c : all) {
            if (c.getAttribute("vertex").equals("1")) {
                Element g = (Element) c.getElementsByTagName("mxGeometry").item(0);
                Point o = origins.getOrDefault(c.getAttribute("parent"), new Point(0, 0));
                Rect r = new Rect(o.x() + num(g, "x"), o.y() + num(g, "y"), num(g, "width"),
                    num(g, "height"));
                if (c.getAttribute("id").contains("-app-")) {
                    origins.put(c.getAttribute("id"), new Point(r.x(), r.y()));
                } else if (c.getAttribute("id").contains("-cmp-")) {
                    cells.put(c.getAttribute("id"), r);
                }
            }
        }
        List<Route> routes = new ArrayList<>();
        for (Element c : all) {
            if (!c.getAttribute("edge").equals("1")) {
                continue;
            }
            Point o = origins.get(c.getAttribute("parent"));
            List<Point> points = new ArrayList<>();
            // draw.io draws from the exit constraint on the source cell, through the waypoints
            points.add(anchor(c.getAttribute("style"), "exit", cells.get(c.getAttribute("source"))));
            var mx = ((Element) c.getElementsByTagName("Array").item(0)).getElementsByTagName("mxPoint");
            for (int i = 0; i < mx.getLength(); i++) {
                Element p = (Element) mx.item(i);
                points.add(new Point(o.x() + num(p, "x"), o.y() + num(p, "y")));
            }
            points.add(anchor(c.getAttribute("style"), "entry", cells.get(c.getAttribute("target"))));
            routes.add(new Route(c.getAttribute("source"), c.getAttribute("target"), points));
        }
        assertThat(routes).hasSameSizeAs(diagram.geometry().edges());
        assertThat(RouteChecks.throughTiles(cells, routes)).isEmpty();
        // the waypoints are the geometry's route, to the rounding of the file
        for (int i = 0; i < routes.size(); i++) {
            List<Point> drawn = routes.get(i).points().subList(1, routes.get(i).points().size() - 1);
            assertSamePoints(drawn, diagram.geometry().edges().get(i).points());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.envol.layout.RouteChecks#diagrams")
    void svgRoutesGoAroundTiles(String name, Project project, ArchitectureKind kind) throws Exception {
        DiagramGeometry geometry = DiagramGeometry.of(project, kind);
        Diagram diagram = new Diagram(project, kind, geometry, id -> null, "t");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter().write(diagram, out);
        Document doc = XmlFiles.parse(out.toByteArray());
        List<Element> links = XmlFiles.elements(doc, "g").stream()
            .filter(g -> g.getAttribute("class").equals("envol-link")).toList();
        Map<String, Rect> tiles = new LinkedHashMap<>();
        for (Tile t : geometry.tiles()) {
            tiles.put(t.componentId(), t.bounds());
        }
        List<Route> routes = new ArrayList<>();
        for (Element link : links) {
            Element line = (Element) link.getElementsByTagName("g").item(0);
            // the path is in the diagram's units; the group's transform places it on the page
            String d = ((Element) line.getElementsByTagName("path").item(0)).getAttribute("d");
            List<Point> points = new ArrayList<>();
            Matcher m = NUMBER_PAIR.matcher(d);
            while (m.find()) {
                points.add(new Point(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
            }
            routes.add(new Route(link.getAttribute("data-from"), link.getAttribute("data-to"), points));
        }
        assertThat(routes).hasSameSizeAs(geometry.edges());
        assertThat(RouteChecks.throughTiles(tiles, routes)).isEmpty();
        for (int i = 0; i < routes.size(); i++) {
            EdgePath e = geometry.edges().get(i);
            assertThat(routes.get(i).from() + routes.get(i).to()).isEqualTo(e.from() + e.to());
            assertThat(routes.get(i).points().get(0).x()).isCloseTo(e.start().x(),
                org.assertj.core.data.Offset.offset(0.01));
        }
    }

    private static Point anchor(String style, String prefix, Rect cell) {
        double fx = styleValue(style, prefix + "X");
        double fy = styleValue(style, prefix + "Y");
        return new Point(cell.x() + fx * cell.width(), cell.y() + fy * cell.height());
    }

    private static double styleValue(String style, String key) {
        for (String part : style.split(";")) {
            if (part.startsWith(key + "=")) {
                return Double.parseDouble(part.substring(key.length() + 1));
            }
        }
        throw new AssertionError("no " + key + " in " + style);
    }

    private static double num(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        return v.isEmpty() ? 0 : Double.parseDouble(v);
    }

    private static void assertSamePoints(List<Point> drawn, List<Point> routed) {
        assertThat(drawn).hasSameSizeAs(routed);
        for (int i = 0; i < drawn.size(); i++) {
            assertThat(Math.abs(drawn.get(i).x() - routed.get(i).x())
                + Math.abs(drawn.get(i).y() - routed.get(i).y())).isLessThan(0.02);
        }
    }
}
