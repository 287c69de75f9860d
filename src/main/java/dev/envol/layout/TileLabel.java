package dev.envol.layout;

import java.util.List;

/**
 * How a component's name is laid out under its icon, for every drawing (canvas, PNG, SVG,
 * draw.io): one font size, at most two lines of {@link #WIDTH}, broken between words. Each
 * renderer measures with its own font ({@link Measure}), so the lines fit whatever font it
 * draws with. At {@link #FONT_SIZE} a 140-unit tile holds names up to 40 characters of ordinary
 * words on two lines (in DejaVu Sans the widest of a list of long AWS names needs 125 of the
 * 132); only longer names, or words longer than a line, end with an ellipsis.
 */
public final class TileLabel {
    /**
     * The name's font size, in canvas units: whole, because SVG writers (JFreeSVG) round font
     * sizes to whole pixels, and small enough that two lines of ordinary 40-character names fit
     * even in a wide font (DejaVu Sans); at 12 they did not.
     */
    public static final double FONT_SIZE = 10;
    /** Baseline to baseline. */
    public static final double LINE_HEIGHT = 13;
    /** Free space kept on each side of the text inside the tile. */
    public static final double INSET = 4;
    /** Width available to each line. */
    public static final double WIDTH = DiagramMetrics.TILE_WIDTH - 2 * INSET;
    public static final String ELLIPSIS = "\u2026";

    /** The width of a text in the renderer's font. */
    @FunctionalInterface
    public interface Measure {
        double width(String text);
    }

    private TileLabel() {
    }

    /** The name's lines in a tile, measured at {@link #FONT_SIZE}. */
    public static List<String> lines(String name, Measure measure) {
        return wrap(name == null ? "" : name, measure, WIDTH);
    }

    /**
     * {@code text} on one line if it fits {@code width}, else on two: the break (after a space,
     * a hyphen or a slash) whose longer line is the shortest, so centred lines look balanced.
     * When no break fits both lines, the first takes what fits and the second ends with an
     * ellipsis.
     */
    public static List<String> wrap(String text, Measure measure, double width) {
        String t = text.strip();
        if (measure.width(t) <= width) {
            return List.of(t);
        }
        List<String> best = balanced(t, measure, width, true);
        if (best == null) {
            best = balanced(t, measure, width, false);
        }
        if (best != null) {
            return best;
        }
        int cut = -1;
        for (int i = 1; i < t.length(); i++) {
            if ((t.charAt(i) == ' ' || breaksAfter(t, i))
                && measure.width(t.substring(0, i).stripTrailing()) <= width) {
                cut = i;
            }
        }
        if (cut < 0) {
            // one word longer than the line: break it where it stops fitting
            cut = 1;
            while (cut < t.length() - 1 && measure.width(t.substring(0, cut + 1)) <= width) {
                cut++;
            }
        }
        return List.of(t.substring(0, cut).stripTrailing(),
            fit(t.substring(cut).strip(), measure, width));
    }

    /**
     * The two lines, both within {@code width}, whose longer line is the shortest, breaking at
     * spaces ({@code spaces}) or else after hyphens and slashes; {@code null} if none fits.
     */
    private static List<String> balanced(String t, Measure measure, double width,
                                         boolean spaces) {
        List<String> best = null;
        double bestWidth = Double.MAX_VALUE;
        for (int i = 1; i < t.length(); i++) {
            if (spaces ? t.charAt(i) != ' ' : !breaksAfter(t, i)) {
                continue;
            }
            String first = t.substring(0, i).stripTrailing();
            String second = t.substring(i).strip();
            if (first.isEmpty() || second.isEmpty()) {
                continue;
            }
            double w = Math.max(measure.width(first), measure.width(second));
            if (w <= width && w < bestWidth) {
                bestWidth = w;
                best = List.of(first, second);
            }
        }
        return best;
    }

    /** The text, shortened with an ellipsis to fit {@code width}. */
    public static String fit(String text, Measure measure, double width) {
        if (measure.width(text) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && measure.width(text.substring(0, end).stripTrailing() + ELLIPSIS) > width) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** A line may end after a hyphen or a slash inside a word ({@code cut-|over}). */
    private static boolean breaksAfter(String t, int i) {
        char before = t.charAt(i - 1);
        return (before == '-' || before == '/') && t.charAt(i) != ' ' && i > 1
            && t.charAt(i - 2) != ' ';
    }
}
