package dev.envol.exports;

import dev.envol.layout.DiagramGeometry;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * SVG diagram drawn with JFreeSVG: names, badges, title and legend stay real text (searchable,
 * selectable); icons are outlines. Each component is a {@code <g class="envol-component"
 * id="ID">} and each link a {@code <g class="envol-link" data-from="ID" data-to="ID">}, each
 * with a {@code <title>}, so people can style, script and test the file.
 */
public final class SvgExporter implements Exporter<Diagram> {
    /** Coordinates to a hundredth of a canvas unit. */
    private static final DoubleFunction<String> GEOMETRY = SvgNumbers.rounded(2);
    /** Transforms hold sines and cosines (arrowheads, icons): four decimals. */
    private static final DoubleFunction<String> TRANSFORM = SvgNumbers.rounded(4);
    private static final byte[] XML_DECLARATION =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String format() {
        return "svg";
    }

    @Override
    public void write(Diagram diagram, OutputStream out) throws IOException {
        DiagramPainter painter = new DiagramPainter(diagram);
        Rectangle2D.Double page = painter.pageSize();
        SVGGraphics2D g = new SVGGraphics2D(page.width, page.height, null,
            new StringBuilder(expectedLength(diagram)));
        g.setDefsKeyPrefix("envol");  // the default prefix is random: keep output stable
        g.setGeomDoubleConverter(GEOMETRY);
        g.setTransformDoubleConverter(TRANSFORM);
        painter.paint(g, new DiagramPainter.Groups() {
            @Override
            public void begin(Map<String, String> attributes) {
                Map<String, String> safe = new LinkedHashMap<>(attributes);
                safe.computeIfPresent("id", (k, v) -> safeId(v));
                g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, safe);
            }

            @Override
            public void tooltip(String text) {
                g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, text);
            }

            @Override
            public void end() {
                g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
            }
        });
        // no DOCTYPE: it points at an external DTD that strict XML readers refuse to fetch
        out.write(XML_DECLARATION);
        out.write(g.getSVGElement().getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    /**
     * A little more than the document's length, measured on a generated 1,000-application
     * estate (13.3 and 13.8 million characters): a builder that grows by doubling copies itself
     * a dozen times and may end up twice too large.
     */
    private static int expectedLength(Diagram diagram) {
        DiagramGeometry geometry = diagram.geometry();
        long length = 65_536L + 2_800L * geometry.tiles().size()
            + 800L * geometry.edges().size() + 1_400L * geometry.containers().size();
        return (int) Math.min(length, Integer.MAX_VALUE / 4);
    }

    /** Model ids are already safe; anything else is replaced so the attribute stays valid. */
    static String safeId(String id) {
        return id.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
