package dev.envol.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Icons rendered once to images per icon key, size and colour: drawing an image is far cheaper
 * than laying out a glyph every frame.
 */
final class IconCache {
    private final Map<String, Image> images = new HashMap<>();

    Image get(String iconKey, int size, Paint colour) {
        return images.computeIfAbsent(iconKey + "/" + size + "/" + colour, k -> render(iconKey, size, colour));
    }

    void clear() {
        images.clear();
    }

    private static Image render(String iconKey, int size, Paint colour) {
        FontIcon icon;
        try {
            icon = new FontIcon(iconKey);
        } catch (IllegalArgumentException e) {
            icon = new FontIcon("mdi2h-help-box");
        }
        icon.setIconSize(size);
        icon.setIconColor(colour);
        // the icon font is applied through CSS: give the glyph a scene so it is styled first
        new javafx.scene.Scene(new javafx.scene.Group(icon));
        icon.applyCss();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return icon.snapshot(params, null);
    }
}
