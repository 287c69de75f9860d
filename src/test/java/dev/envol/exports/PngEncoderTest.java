package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    @Test
    void standardReaderGetsBackEveryPixel() throws Exception {
        BufferedImage image = new BufferedImage(301, 97, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 301, 97);
        g.setColor(new Color(0xC925D1));
        g.fillOval(10, 5, 120, 80);   // flat colour with anti-aliased edges
        g.setColor(new Color(0x232F3E));
        g.drawLine(0, 96, 300, 0);
        g.drawString("Bets RDS", 150, 50);
        g.dispose();
        for (int level : new int[] {0, 3, 9}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PngEncoder(level).write(image, out);
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            assertThat(back.getWidth()).isEqualTo(301);
            assertThat(back.getHeight()).isEqualTo(97);
            for (int y = 0; y < 97; y++) {
                for (int x = 0; x < 301; x++) {
                    assertThat(back.getRGB(x, y) & 0xFFFFFF).as("level %d at %d,%d", level, x, y)
                        .isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
                }
            }
        }
    }
}
