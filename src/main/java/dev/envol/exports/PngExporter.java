package dev.envol.exports;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

/**
 * PNG diagram drawn with Java2D (works headless). One canvas unit is one pixel, or
 * {@link #scale} pixels; a huge estate is scaled down so the image stays under
 * {@link #MAX_PIXELS} (32 MB of raster). On a generated 1,000-application estate that is about a
 * quarter pixel per unit: an overview (see {@link DiagramPainter#OVERVIEW_SCALE}) that paints
 * and encodes in ~0.4 s of CPU, whose tiles show their icons but whose text is too small to read.
 */
public final class PngExporter implements Exporter<Diagram> {
    /** Largest image written, in pixels. */
    public static final long MAX_PIXELS = 8_000_000L;

    /** Above this many pixels the PNG is deflated at a faster level. */
    private static final long LARGE_IMAGE = 2_000_000L;

    private final double scale;

    /** Crisp on high-density screens and in wikis: two pixels per canvas unit. */
    public PngExporter() {
        this(2);
    }

    public PngExporter(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        this.scale = scale;
    }

    @Override
    public String format() {
        return "png";
    }

    @Override
    public void write(Diagram diagram, OutputStream out) throws IOException {
        DiagramPainter painter = new DiagramPainter(diagram);
        Rectangle2D.Double page = painter.pageSize();
        double s = scale;
        double pixels = page.width * s * page.height * s;
        if (pixels > MAX_PIXELS) {
            s *= Math.sqrt(MAX_PIXELS / pixels);
        }
        // floor when scaled down, so rounding never pushes the image over the budget
        int width = Math.max(1, (int) (s < scale ? page.width * s : Math.ceil(page.width * s)));
        int height = Math.max(1, (int) (s < scale ? page.height * s : Math.ceil(page.height * s)));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(s, s);
            painter.paint(g, DiagramPainter.Groups.NONE, s);
        } finally {
            g.dispose();
        }
        encode(image, out);
    }

    /**
     * Deflate level by size: a page of a normal model compresses well at the default level in
     * tens of milliseconds; an 8-megapixel overview at level 6 takes ~0.8 s for 1% of size,
     * level 3 ~0.4 s.
     */
    private static void encode(BufferedImage image, OutputStream out) throws IOException {
        long pixels = (long) image.getWidth() * image.getHeight();
        new PngEncoder(pixels <= LARGE_IMAGE ? Deflater.DEFAULT_COMPRESSION : 3).write(image, out);
    }
}
