package dev.envol.exports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/** PRODUCT.md's "Look" for exported diagrams: the light theme's colours, fonts and strokes. */
final class DiagramStyle {
    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = Color.decode("#232F3E");
    static final Color MUTED_TEXT = Color.decode("#5F6B7A");
    static final Color TILE_FILL = Color.WHITE;
    static final Color TILE_BORDER = Color.decode("#C6CED6");
    static final Color CONTAINER_FILL = new Color(0x23, 0x2F, 0x3E, 12);
    static final Color CONTAINER_BORDER = Color.decode("#8D99A8");
    static final Color EDGE = Color.decode("#545B64");
    static final Color BADGE_FILL = Color.decode("#EEF1F4");
    static final Color BADGE_TEXT = TEXT;
    static final Color UNPRICED_FILL = Color.decode("#FFC247");
    static final Color UNPRICED_TEXT = Color.decode("#5C3A00");

    static final String FONT_FAMILY = Font.SANS_SERIF;
    static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 18);
    /** The size every drawing uses for names ({@link dev.envol.layout.TileLabel}). */
    static final Font NAME_FONT = new Font(FONT_FAMILY, Font.PLAIN, 1)
        .deriveFont((float) dev.envol.layout.TileLabel.FONT_SIZE);
    static final Font BADGE_FONT = new Font(FONT_FAMILY, Font.BOLD, 10);
    static final Font CONTAINER_FONT = new Font(FONT_FAMILY, Font.BOLD, 13);
    static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);

    static final Stroke HARD_STROKE = new BasicStroke(2.6f, BasicStroke.CAP_ROUND,
        BasicStroke.JOIN_ROUND);
    static final Stroke SOFT_STROKE = new BasicStroke(1.3f, BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
    static final Stroke ARROW_STROKE = new BasicStroke(1f);
    static final Stroke TILE_STROKE = new BasicStroke(1f);
    static final Stroke CONTAINER_STROKE = new BasicStroke(1.2f);

    static final double TITLE_HEIGHT = 44;
    static final double LEGEND_HEIGHT = 44;
    static final double PAGE_MARGIN = 20;
    static final double ICON_BOX = 44;
    static final double ICON_GLYPH = 32;

    private DiagramStyle() {
    }

    static Color colour(String hex) {
        return Color.decode(hex);
    }
}
