package dev.envol.exports;

import static dev.envol.exports.DiagramStyle.BADGE_FILL;
import static dev.envol.exports.DiagramStyle.BADGE_FONT;
import static dev.envol.exports.DiagramStyle.BADGE_TEXT;
import static dev.envol.exports.DiagramStyle.ICON_BOX;
import static dev.envol.exports.DiagramStyle.ICON_GLYPH;
import static dev.envol.exports.DiagramStyle.NAME_FONT;
import static dev.envol.exports.DiagramStyle.TEXT;
import static dev.envol.exports.DiagramStyle.TILE_BORDER;
import static dev.envol.exports.DiagramStyle.TILE_FILL;
import static dev.envol.exports.DiagramStyle.TILE_STROKE;
import static dev.envol.exports.DiagramStyle.UNPRICED_FILL;
import static dev.envol.exports.DiagramStyle.UNPRICED_TEXT;

import dev.envol.layout.Rect;
import dev.envol.layout.Tile;
import dev.envol.layout.TileLabel;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Optional;

/** Draws one component: rounded tile, icon on its category colour, name, cost badge. */
final class TilePainter {
    private final Graphics2D g;

    TilePainter(Graphics2D g) {
        this.g = g;
    }

    void paint(Tile tile, String badge) {
        Rect r = tile.bounds();
        g.setColor(TILE_FILL);
        Shape body = new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 12, 12);
        g.fill(body);
        g.setStroke(TILE_STROKE);
        g.setColor(TILE_BORDER);
        g.draw(body);
        paintIcon(tile, r.centerX() - ICON_BOX / 2, r.y() + 8);
        g.setFont(NAME_FONT);
        g.setColor(TEXT);
        List<String> lines = TileLabel.lines(tile.name(), text -> DiagramPainter.width(text,
            NAME_FONT));
        // one line sits mid-way between icon and badge; two lines use the room around it
        double baseline = r.y() + ICON_BOX + (lines.size() == 1 ? 26 : 20);
        for (String line : lines) {
            g.drawString(line, (float) (r.centerX() - DiagramPainter.width(line, NAME_FONT) / 2),
                (float) baseline);
            baseline += TileLabel.LINE_HEIGHT;
        }
        if (badge != null) {
            paintBadge(badge, r.width() - 16, r.centerX(), r.y() + ICON_BOX + 34
                + (lines.size() == 1 ? 0 : 5));
        }
    }

    void paintIcon(Tile tile, double x, double y) {
        Color colour = DiagramStyle.colour(tile.colour());
        g.setColor(colour);
        g.fill(new RoundRectangle2D.Double(x, y, ICON_BOX, ICON_BOX, 8, 8));
        g.setColor(Color.WHITE);
        double inset = (ICON_BOX - ICON_GLYPH) / 2;
        Optional<Shape> glyph = IconGlyphs.instance().outline(tile.iconKey(), ICON_GLYPH);
        if (glyph.isPresent()) {
            g.fill(AffineTransform.getTranslateInstance(x + inset, y + inset)
                .createTransformedShape(glyph.get()));
        } else {
            // no icon font: the type's initial still tells tiles apart
            g.setFont(DiagramStyle.TITLE_FONT);
            String initial = tile.typeKey().substring(tile.typeKey().indexOf('.') + 1,
                tile.typeKey().indexOf('.') + 2).toUpperCase(java.util.Locale.ROOT);
            centred(initial, x + ICON_BOX / 2, y + ICON_BOX / 2 + 6);
        }
    }

    /** A pill whose top edge is at {@code top}, centred on {@code cx}. */
    void paintBadge(String badge, double maxWidth, double cx, double top) {
        boolean unpriced = Diagram.isUnpriced(badge);
        g.setFont(BADGE_FONT);
        String text = fit(badge, maxWidth - 12);
        FontMetrics fm = g.getFontMetrics();
        double width = fm.stringWidth(text) + 12;
        double height = 16;
        g.setColor(unpriced ? UNPRICED_FILL : BADGE_FILL);
        g.fill(new RoundRectangle2D.Double(cx - width / 2, top, width, height, height, height));
        g.setColor(unpriced ? UNPRICED_TEXT : BADGE_TEXT);
        centred(text, cx, top + 12);
    }

    /** Draws {@code text} centred on {@code cx} with its baseline at {@code baseline}. */
    void centred(String text, double cx, double baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) (cx - fm.stringWidth(text) / 2.0), (float) baseline);
    }

    /** The text, shortened with an ellipsis to fit {@code width} in the current font. */
    String fit(String text, double width) {
        FontMetrics fm = g.getFontMetrics();
        return TileLabel.fit(text, fm::stringWidth, width);
    }
}
