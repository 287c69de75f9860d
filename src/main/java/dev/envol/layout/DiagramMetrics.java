package dev.envol.layout;

/**
 * Sizes every drawing of a diagram shares (canvas, PNG, SVG, draw.io), so that a tile placed by
 * the layout has room for its icon, its name and its cost badge wherever it is drawn.
 */
public final class DiagramMetrics {
    public static final double TILE_WIDTH = 140;
    public static final double TILE_HEIGHT = 104;
    /** Room above an application's tiles for its label. */
    public static final double CONTAINER_LABEL_HEIGHT = 30;
    public static final double CONTAINER_PADDING = 16;
    /** Radius of a link's rounded bends, in every drawing. */
    public static final double LINK_CORNER = 6;
    /** Free space kept around the whole drawing. */
    public static final double MARGIN = 20;

    private DiagramMetrics() {
    }
}
