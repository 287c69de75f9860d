package dev.envol.exports;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB {@link BufferedImage} as a PNG (8 bits per channel, no interlace). ImageIO's
 * writer tries all five row filters on every row and copies the raster sample by sample: on an
 * 8-megapixel diagram that took ~1.5 s of CPU. Diagrams are flat colours, for which the "sub"
 * (same as the pixel on the left) and "up" (same as above) filters are nearly always the
 * best; this encoder tries those two per row and deflates at a fast level.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_SUB = 1;
    private static final int FILTER_UP = 2;
    /** Largest IDAT chunk written; readers accept any size, this keeps the buffer small. */
    private static final int CHUNK = 1 << 16;

    private final int deflateLevel;

    PngEncoder(int deflateLevel) {
        this.deflateLevel = deflateLevel;
    }

    /** Writes {@code image}, a whole {@code TYPE_INT_RGB} image (not a sub-image). */
    void write(BufferedImage image, OutputStream out) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB || image.getRaster().getParent() != null) {
            throw new IllegalArgumentException("expected an INT_RGB image: " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();

        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 2, 0, 0, 0}); // 8-bit, truecolour, deflate, adaptive, none
        chunk(out, "IHDR", header.toByteArray(), header.size());

        Deflater deflater = new Deflater(deflateLevel);
        try (DeflaterOutputStream idat = new DeflaterOutputStream(new IdatStream(out), deflater,
            CHUNK)) {
            byte[] previous = new byte[width * 3];
            byte[] row = new byte[width * 3];
            byte[] sub = new byte[1 + width * 3];
            byte[] up = new byte[1 + width * 3];
            sub[0] = FILTER_SUB;
            up[0] = FILTER_UP;
            for (int y = 0; y < height; y++) {
                int offset = y * width;
                for (int x = 0, i = 0; x < width; x++, i += 3) {
                    int rgb = pixels[offset + x];
                    row[i] = (byte) (rgb >> 16);
                    row[i + 1] = (byte) (rgb >> 8);
                    row[i + 2] = (byte) rgb;
                }
                long subCost = 0;
                long upCost = 0;
                for (int i = 0; i < row.length; i++) {
                    byte s = (byte) (row[i] - (i >= 3 ? row[i - 3] : 0));
                    byte u = (byte) (row[i] - previous[i]);
                    sub[i + 1] = s;
                    up[i + 1] = u;
                    subCost += Math.abs(s);  // libpng's heuristic: smallest signed sum wins
                    upCost += Math.abs(u);
                }
                idat.write(upCost < subCost ? up : sub);
                byte[] swap = previous;
                previous = row;
                row = swap;
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length)
        throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(length);
        d.write(name);
        d.write(data, 0, length);
        d.writeInt((int) crc.getValue());
        d.flush();
    }

    /** Each buffer the deflater flushes becomes one IDAT chunk; closing does not close out. */
    private static final class IdatStream extends OutputStream {
        private final OutputStream out;

        IdatStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                byte[] data = off == 0 ? b : java.util.Arrays.copyOfRange(b, off, off + len);
                chunk(out, "IDAT", data, len);
            }
        }

        @Override
        public void close() {
            // the caller's stream stays open: IEND follows
        }
    }
}
