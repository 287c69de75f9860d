package dev.envol.ui.canvas;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The theme colours the canvas paints with, read from CSS (never written in Java): one hidden
 * probe region per role, styled by {@code envol.css} with AtlantaFX tokens, so switching between
 * light and dark restyles the canvas like every other control.
 */
final class ThemeColours {
    enum Role { BACKGROUND, GRID, TILE, TILE_BORDER, TEXT, MUTED, ACCENT, APP_FILL, APP_BORDER,
        LINK, GLYPH, BADGE, BADGE_TEXT, WARNING }

    private final Map<Role, Region> probes = new LinkedHashMap<>();

    ThemeColours(Pane host) {
        for (Role role : Role.values()) {
            Region probe = new Region();
            probe.getStyleClass().add("diagram-" + role.name().toLowerCase().replace('_', '-'));
            probe.setManaged(false);
            probe.setVisible(false);
            probes.put(role, probe);
            host.getChildren().add(probe);
        }
    }

    Paint get(Role role) {
        Region probe = probes.get(role);
        if (probe.getBackground() == null || probe.getBackground().getFills().isEmpty()) {
            probe.applyCss();
        }
        if (probe.getBackground() == null || probe.getBackground().getFills().isEmpty()) {
            return Color.web(dev.envol.catalog.Category.ON_PREMISE.colour()); // before CSS is attached
        }
        return probe.getBackground().getFills().get(0).getFill();
    }
}
