package dev.envol.exports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;

/**
 * The catalog's Ikonli Material Design 2 icons without JavaFX: the pack's handlers give the code
 * point of an icon literal ({@code mdi2d-database}), the pack's own font file draws it. Icons are
 * returned as outlines, so PNG and SVG show the same glyph and an SVG needs no icon font.
 */
final class IconGlyphs {
    private static final IconGlyphs INSTANCE = new IconGlyphs();

    private final List<IkonHandler> handlers;
    private final Font font;
    private final Map<String, Optional<Shape>> outlines = new ConcurrentHashMap<>();

    private IconGlyphs() {
        handlers = ServiceLoader.load(IkonHandler.class, IconGlyphs.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get)
            // every MDI2 handler (one per first letter) shares the pack's single font file
            .filter(h -> h.getClass().getName().startsWith("org.kordamp.ikonli.materialdesign2."))
            .toList();
        font = loadFont(handlers);
    }

    static IconGlyphs instance() {
        return INSTANCE;
    }

    /**
     * The outline of {@code iconKey}, scaled to fit a {@code size} x {@code size} square whose
     * top-left corner is at (0, 0); empty when the pack or the icon is missing.
     */
    Optional<Shape> outline(String iconKey, double size) {
        Optional<Shape> unit = outlines.computeIfAbsent(iconKey, this::unitOutline);
        return unit.map(s -> AffineTransform.getScaleInstance(size, size).createTransformedShape(s));
    }

    /** The glyph fitted into a 1 x 1 square, centred. */
    private Optional<Shape> unitOutline(String iconKey) {
        if (font == null || iconKey == null) {
            return Optional.empty();
        }
        for (IkonHandler handler : handlers) {
            if (!handler.supports(iconKey)) {
                continue;
            }
            Ikon ikon = resolve(handler, iconKey);
            if (ikon == null) {
                return Optional.empty();
            }
            String text = new String(Character.toChars(ikon.getCode()));
            GlyphVector glyphs = font.deriveFont(100f).createGlyphVector(
                new FontRenderContext(null, true, true), text);
            if (glyphs.getGlyphCode(0) == font.getMissingGlyphCode()) {
                return Optional.empty();
            }
            Shape shape = glyphs.getOutline();
            Rectangle2D b = shape.getBounds2D();
            if (b.isEmpty()) {
                return Optional.empty();
            }
            // MDI glyphs sit on a 24-unit design grid: keep their padding by fitting the em box
            double em = 100;
            AffineTransform fit = AffineTransform.getScaleInstance(1 / em, 1 / em);
            fit.translate(em / 2 - b.getCenterX(), em / 2 - b.getCenterY());
            return Optional.of(fit.createTransformedShape(shape));
        }
        return Optional.empty();
    }

    private static Ikon resolve(IkonHandler handler, String iconKey) {
        try {
            return handler.resolve(iconKey);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Font loadFont(List<IkonHandler> handlers) {
        if (handlers.isEmpty()) {
            return null;
        }
        try (InputStream in = handlers.get(0).getFontResourceAsStream()) {
            return in == null ? null : Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            // without the font, tiles fall back to a category letter: an export never fails on it
            return null;
        }
    }
}
