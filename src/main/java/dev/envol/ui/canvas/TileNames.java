package dev.envol.ui.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A component's name on at most two lines of a tile's width, broken between words (as the
 * exported diagrams do, {@link dev.envol.exports.TilePainter}); what still does not fit ends with
 * an ellipsis. Widths are measured with the real font; results are cached because the canvas
 * redraws every tile on every frame of a pan.
 */
final class TileNames {
    private static final int CACHE_LIMIT = 20_000;
    private final Text probe = new Text();
    private final Map<String, List<String>> cache = new HashMap<>();

    List<String> wrap(String name, Font font, double width) {
        String key = font.getSize() + "|" + Math.round(width) + "|" + name;
        List<String> lines = cache.get(key);
        if (lines == null) {
            if (cache.size() > CACHE_LIMIT) {
                cache.clear();
            }
            probe.setFont(font);
            lines = split(name, width);
            cache.put(key, lines);
        }
        return lines;
    }

    private List<String> split(String text, double width) {
        if (measure(text) <= width) {
            return List.of(text);
        }
        int split = -1;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            if (measure(text.substring(0, i)) <= width) {
                split = i;
            }
        }
        if (split < 0) {
            // one long word: break it where it stops fitting, keep the rest on line two
            int cut = 1;
            while (cut < text.length() && measure(text.substring(0, cut + 1)) <= width) {
                cut++;
            }
            return List.of(text.substring(0, cut), fit(text.substring(cut), width));
        }
        return List.of(text.substring(0, split), fit(text.substring(split + 1).strip(), width));
    }

    private String fit(String text, double width) {
        if (measure(text) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 1 && measure(text.substring(0, end) + "…") > width) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private double measure(String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
