package dev.envol.ui.canvas;

import dev.envol.layout.TileLabel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A component's name on at most two lines, laid out by {@link TileLabel} (as the exported
 * diagrams do) with widths measured in the canvas's own font. From 90 % zoom up the lines are
 * the tile's {@link TileLabel#lines} at {@link TileLabel#FONT_SIZE}, drawn scaled with the
 * tile; zoomed further out, a small fixed-size font wraps into the tile's width on screen and
 * ends with an ellipsis what does not fit. Results are cached because the canvas redraws every
 * tile on every frame of a pan.
 */
final class TileNames {
    /** The canvas's font family for names. */
    static final String FAMILY = "System";
    private static final int CACHE_LIMIT = 20_000;
    private final Text probe = new Text();
    private final Font nameFont = Font.font(FAMILY, TileLabel.FONT_SIZE);
    private final Map<String, List<String>> cache = new HashMap<>();

    /** The name's lines in a tile, in world units (independent of the zoom). */
    List<String> lines(String name) {
        return cached("tile|" + name, nameFont, () -> TileLabel.lines(name, this::measure));
    }

    /** The name in {@code width} screen pixels of {@code font}, for zoomed-out views. */
    List<String> wrap(String name, Font font, double width) {
        String key = font.getSize() + "|" + Math.round(width) + "|" + name;
        return cached(key, font, () -> TileLabel.wrap(name, this::measure, width));
    }

    private List<String> cached(String key, Font font,
                                java.util.function.Supplier<List<String>> layout) {
        List<String> lines = cache.get(key);
        if (lines == null) {
            if (cache.size() > CACHE_LIMIT) {
                cache.clear();
            }
            probe.setFont(font);
            lines = layout.get();
            cache.put(key, lines);
        }
        return lines;
    }

    /** The width of {@code text} in the probe's current font. */
    double measure(String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
