package dev.envol.catalog;

import java.util.Locale;

/**
 * Where a type sits in the palette, and the AWS architecture-icon colour it is drawn in. Themes
 * never change these colours.
 */
public enum Category {
    COMPUTE("Compute", "#ED7100"),
    DATABASE("Database", "#C925D1"),
    STORAGE("Storage", "#7AA116"),
    NETWORK("Networking", "#8C4FFF"),
    SECURITY("Security", "#DD344C"),
    MANAGEMENT("Management", "#E7157B"),
    INTEGRATION("Integration", "#E7157B"),
    ON_PREMISE("On-premise", "#232F3D"),
    ORGANISATION("Organisation", "#232F3D"),
    EXTERNAL("External", "#232F3D");

    private final String displayName;
    private final String colour;

    Category(String displayName, String colour) {
        this.displayName = displayName;
        this.colour = colour;
    }

    /** {@code compute}, {@code on-premise}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String displayName() {
        return displayName;
    }

    /** The fill colour as {@code #RRGGBB}. */
    public String colour() {
        return colour;
    }
}
