package dev.envol.exports;

import static dev.envol.exports.DiagramStyle.ARROW_STROKE;
import static dev.envol.exports.DiagramStyle.BACKGROUND;
import static dev.envol.exports.DiagramStyle.CONTAINER_BORDER;
import static dev.envol.exports.DiagramStyle.CONTAINER_FILL;
import static dev.envol.exports.DiagramStyle.CONTAINER_FONT;
import static dev.envol.exports.DiagramStyle.CONTAINER_STROKE;
import static dev.envol.exports.DiagramStyle.EDGE;
import static dev.envol.exports.DiagramStyle.HARD_STROKE;
import static dev.envol.exports.DiagramStyle.LEGEND_HEIGHT;
import static dev.envol.exports.DiagramStyle.PAGE_MARGIN;
import static dev.envol.exports.DiagramStyle.SOFT_STROKE;
import static dev.envol.exports.DiagramStyle.TEXT;
import static dev.envol.exports.DiagramStyle.TITLE_FONT;
import static dev.envol.exports.DiagramStyle.TITLE_HEIGHT;

import dev.envol.layout.ApplicationBox;
import dev.envol.layout.DiagramGeometry;
import dev.envol.layout.DiagramMetrics;
import dev.envol.layout.EdgePath;
import dev.envol.layout.Point;
import dev.envol.layout.Rect;
import dev.envol.layout.Tile;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * Draws a {@link Diagram} on any {@link Graphics2D}: a raster image for PNG, JFreeSVG's for SVG.
 * The page is the title band, the geometry, then the legend band. {@link Groups} lets the SVG
 * wrap each component and each link in its own element.
 */
final class DiagramPainter {
    /** Marks the start and end of a component or link (SVG groups; nothing for raster). */
    interface Groups {
        Groups NONE = new Groups() {
            @Override
            public void begin(java.util.Map<String, String> attributes) {
            }

            @Override
            public void end() {
            }
        };

        /** Opens a group with these attributes (in order: they are written as given). */
        void begin(java.util.Map<String, String> attributes);

        /** A tooltip for the next element drawn (the full name where the tile shortens it). */
        default void tooltip(String text) {
        }

        void end();
    }

    /**
     * Below this many pixels per canvas unit a link is under a pixel and a half wide and its
     * dashes under three pixels long: the image is an overview (see {@link #paint(Graphics2D, Groups, double)}).
     */
    static final double OVERVIEW_SCALE = 0.5;
    /**
     * Links in an overview, opaque (a translucent hairline takes Java2D's slow path: 1.5 s more
     * on the 1,000-application estate): the link colour as an anti-aliased line under a pixel
     * wide would show it on white, two thirds for a hard link, a quarter for a soft one.
     */
    static final Color OVERVIEW_HARD_EDGE = Color.decode("#8D9298");
    static final Color OVERVIEW_SOFT_EDGE = Color.decode("#D7D8DA");
    private static final Stroke HAIRLINE = new BasicStroke(0f);

    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final double ARROW_LENGTH = 10;
    private static final double ARROW_HALF_WIDTH = 5;

    private final Diagram diagram;
    private final DiagramGeometry geometry;
    private final Legend legend;

    DiagramPainter(Diagram diagram) {
        this.diagram = diagram;
        this.geometry = diagram.geometry();
        this.legend = new Legend(diagram);
    }

    /** The page size in canvas units: wide enough for the drawing, the title and the legend. */
    Rectangle2D.Double pageSize() {
        Rect b = geometry.bounds();
        double titleWidth = width(diagram.title(), TITLE_FONT) + 2 * PAGE_MARGIN;
        double width = Math.max(b.width(), Math.max(titleWidth, legend.width() + 2 * PAGE_MARGIN));
        return new Rectangle2D.Double(0, 0, Math.ceil(width),
            Math.ceil(TITLE_HEIGHT + b.height() + LEGEND_HEIGHT));
    }

    void paint(Graphics2D g, Groups groups) {
        paint(g, groups, 1);
    }

    /**
     * Paints the page at {@code scale} device pixels per canvas unit. Under
     * {@link #OVERVIEW_SCALE} (a huge estate squeezed into the PNG's pixel budget) a link is
     * under a pixel wide, its dashes under two pixels long, and anti-aliasing thousands of
     * links that span the page costs seconds (Marlin walks each link's whole bounding box):
     * the overview draws links as translucent one-pixel lines without anti-aliasing, as the
     * desktop canvas does when zoomed out. Tiles and containers are drawn as usual.
     */
    void paint(Graphics2D g, Groups groups, double scale) {
        Rectangle2D.Double page = pageSize();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
            RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
            RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(BACKGROUND);
        g.fill(page);
        g.setFont(TITLE_FONT);
        g.setColor(TEXT);
        g.drawString(diagram.title(), (float) PAGE_MARGIN, (float) (TITLE_HEIGHT - 14));

        AffineTransform saved = g.getTransform();
        Rect b = geometry.bounds();
        g.translate(-b.x(), TITLE_HEIGHT - b.y());
        for (ApplicationBox box : geometry.containers()) {
            paintContainer(g, box);
        }
        List<EdgePath> edges = geometry.edges();
        if (scale < OVERVIEW_SCALE) {
            paintOverviewEdges(g, edges);
        } else {
            for (EdgePath edge : edges) {
                java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
                attributes.put("class", "envol-link");
                attributes.put("data-from", edge.from());
                attributes.put("data-to", edge.to());
                groups.begin(attributes);
                groups.tooltip(edge.from() + " \u2192 " + edge.to()
                    + (edge.label() == null ? "" : " (" + edge.label() + ")"));
                paintEdge(g, edge);
                groups.end();
            }
        }
        TilePainter tiles = new TilePainter(g);
        for (Tile tile : geometry.tiles()) {
            java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
            attributes.put("id", tile.componentId());
            attributes.put("class", "envol-component");
            groups.begin(attributes);
            String badge = diagram.badge(tile.componentId());
            groups.tooltip(badge == null ? tile.name() : tile.name() + " \u2014 " + badge);
            tiles.paint(tile, badge);
            groups.end();
        }
        g.setTransform(saved);
        legend.paint(g, PAGE_MARGIN, page.height - LEGEND_HEIGHT);
    }

    /**
     * Hairlines without anti-aliasing, hard links darker and on top; no arrowheads (under three
     * pixels long, they would read as dots).
     */
    private static void paintOverviewEdges(Graphics2D g, List<EdgePath> edges) {
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setStroke(HAIRLINE);
        Path2D.Double line = new Path2D.Double();
        for (boolean hard : new boolean[] {false, true}) { // hard links on top
            g.setColor(hard ? OVERVIEW_HARD_EDGE : OVERVIEW_SOFT_EDGE);
            for (EdgePath edge : edges) {
                if (edge.hard() != hard) {
                    continue;
                }
                line.reset();
                List<Point> points = edge.points();
                line.moveTo(points.get(0).x(), points.get(0).y());
                for (int i = 1; i < points.size(); i++) {
                    line.lineTo(points.get(i).x(), points.get(i).y());
                }
                g.draw(line);
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
    }

    private static void paintContainer(Graphics2D g, ApplicationBox box) {
        Rect r = box.bounds();
        RoundRectangle2D shape = new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(),
            16, 16);
        g.setColor(CONTAINER_FILL);
        g.fill(shape);
        g.setColor(CONTAINER_BORDER);
        g.setStroke(CONTAINER_STROKE);
        g.draw(shape);
        g.setFont(CONTAINER_FONT);
        g.setColor(TEXT);
        String label = new TilePainter(g).fit(box.label(), r.width() - 20);
        g.drawString(label, (float) (r.x() + 10), (float) (r.y() + 20));
    }

    static void paintEdge(Graphics2D g, EdgePath edge) {
        List<Point> points = edge.points();
        Point end = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        // a router may repeat the last point: aim the arrow along the last real segment
        for (int i = points.size() - 2; i > 0 && before.equals(end); i--) {
            before = points.get(i - 1);
        }
        double angle = Math.atan2(end.y() - before.y(), end.x() - before.x());
        // stop the line at the arrow's base so a bold line does not blunt the arrow's tip
        Point base = new Point(end.x() - Math.cos(angle) * ARROW_LENGTH,
            end.y() - Math.sin(angle) * ARROW_LENGTH);
        List<Point> route = new java.util.ArrayList<>();
        for (Point p : points) {
            if (route.isEmpty() || !route.get(route.size() - 1).equals(p)) {
                route.add(p);
            }
        }
        route.set(route.size() - 1, base);
        g.setColor(EDGE);
        g.setStroke(edge.hard() ? HARD_STROKE : SOFT_STROKE);
        g.draw(rounded(route));
        paintArrowhead(g, end, angle);
    }

    /**
     * The route with each bend rounded as the canvas draws it: a quadratic curve of
     * {@link DiagramMetrics#LINK_CORNER} units (less where a segment is shorter than two radii).
     */
    static Path2D.Double rounded(List<Point> route) {
        Path2D.Double line = new Path2D.Double();
        Point start = route.get(0);
        line.moveTo(start.x(), start.y());
        Point previous = start;
        for (int i = 1; i < route.size() - 1; i++) {
            Point corner = route.get(i);
            Point next = route.get(i + 1);
            double in = Math.hypot(corner.x() - previous.x(), corner.y() - previous.y());
            double out = Math.hypot(next.x() - corner.x(), next.y() - corner.y());
            double turn = (corner.x() - previous.x()) * (next.y() - corner.y())
                - (corner.y() - previous.y()) * (next.x() - corner.x());
            double r = Math.min(DiagramMetrics.LINK_CORNER, Math.min(in, out) / 2);
            if (Math.abs(turn) < 1e-9 || r <= 0) {
                line.lineTo(corner.x(), corner.y());
            } else {
                line.lineTo(corner.x() - (corner.x() - previous.x()) / in * r,
                    corner.y() - (corner.y() - previous.y()) / in * r);
                line.quadTo(corner.x(), corner.y(), corner.x() + (next.x() - corner.x()) / out * r,
                    corner.y() + (next.y() - corner.y()) / out * r);
            }
            previous = corner;
        }
        Point last = route.get(route.size() - 1);
        line.lineTo(last.x(), last.y());
        return line;
    }

    static void paintArrowhead(Graphics2D g, Point tip, double angle) {
        Path2D.Double head = new Path2D.Double();
        head.moveTo(0, 0);
        head.lineTo(-ARROW_LENGTH, -ARROW_HALF_WIDTH);
        head.lineTo(-ARROW_LENGTH, ARROW_HALF_WIDTH);
        head.closePath();
        AffineTransform at = AffineTransform.getTranslateInstance(tip.x(), tip.y());
        at.rotate(angle);
        g.setStroke(ARROW_STROKE);
        g.fill(at.createTransformedShape(head));
    }

    static double width(String text, Font font) {
        return font.getStringBounds(text, MEASURE).getWidth();
    }
}
