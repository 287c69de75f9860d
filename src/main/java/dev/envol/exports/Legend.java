package dev.envol.exports;

import static dev.envol.exports.DiagramStyle.LEGEND_FONT;
import static dev.envol.exports.DiagramStyle.MUTED_TEXT;

import dev.envol.catalog.Category;
import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.layout.EdgePath;
import dev.envol.layout.Point;
import dev.envol.layout.Tile;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The legend band under a diagram: the categories present (in their colours), what a hard and a
 * soft link look like, and the unpriced badge.
 */
final class Legend {
    private static final double SWATCH = 14;
    private static final double GAP = 18;
    private static final double LINE = 36;

    /** Colour to the names of the present categories drawn in it ("On-premise / External"). */
    private final Map<String, String> swatches = new LinkedHashMap<>();

    Legend(Diagram diagram) {
        ComponentCatalog catalog = ComponentCatalog.standard();
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (Tile tile : diagram.geometry().tiles()) {
            catalog.find(tile.typeKey()).map(ComponentType::category).ifPresent(categories::add);
        }
        for (Category c : categories) {
            swatches.merge(c.colour(), c.displayName(), (a, b) -> a + " / " + b);
        }
    }

    private List<String> linkLabels() {
        return List.of("hard link", "soft link");
    }

    double width() {
        double w = 0;
        for (String name : swatches.values()) {
            w += SWATCH + 6 + DiagramPainter.width(name, LEGEND_FONT) + GAP;
        }
        for (String label : linkLabels()) {
            w += LINE + 6 + DiagramPainter.width(label, LEGEND_FONT) + GAP;
        }
        return w + DiagramPainter.width(Diagram.UNPRICED, DiagramStyle.BADGE_FONT) + 12;
    }

    /** Paints the legend on one line, from {@code (x, top)}. */
    void paint(Graphics2D g, double x, double top) {
        double baseline = top + 26;
        double cy = baseline - 4;
        g.setFont(LEGEND_FONT);
        for (Map.Entry<String, String> swatch : swatches.entrySet()) {
            g.setColor(DiagramStyle.colour(swatch.getKey()));
            g.fill(new RoundRectangle2D.Double(x, cy - SWATCH / 2, SWATCH, SWATCH, 4, 4));
            x += SWATCH + 6;
            x = label(g, swatch.getValue(), x, baseline);
        }
        boolean hard = true;
        for (String label : linkLabels()) {
            EdgePath sample = new EdgePath("a", "b", List.of(new Point(x, cy),
                new Point(x + LINE, cy)), hard, null);
            DiagramPainter.paintEdge(g, sample);
            x = label(g, label, x + LINE + 6, baseline);
            hard = false;
        }
        TilePainter tiles = new TilePainter(g);
        double w = DiagramPainter.width(Diagram.UNPRICED, DiagramStyle.BADGE_FONT) + 12;
        tiles.paintBadge(Diagram.UNPRICED, w + 12, x + w / 2, cy - 8);
    }

    private static double label(Graphics2D g, String text, double x, double baseline) {
        g.setFont(LEGEND_FONT);
        g.setColor(MUTED_TEXT);
        g.drawString(text, (float) x, (float) baseline);
        return x + DiagramPainter.width(text, LEGEND_FONT) + GAP;
    }
}
