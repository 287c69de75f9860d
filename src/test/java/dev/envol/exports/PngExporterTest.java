package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.catalog.Category;
import dev.envol.layout.DiagramGeometry;
import dev.envol.layout.SampleArchitectures;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Position;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngExporterTest {
    private static BufferedImage png(Diagram diagram, PngExporter exporter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(diagram, out);
        Files.createDirectories(Path.of("target", "preview"));
        Files.write(Path.of("target", "preview", diagram.kind().key() + ".png"), out.toByteArray());
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void imageIsThePageAtTwoPixelsPerUnit() throws Exception {
        Diagram diagram = SampleDiagrams.diagram(ArchitectureKind.TARGET);
        BufferedImage image = png(diagram, new PngExporter());
        var page = new DiagramPainter(diagram).pageSize();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(page.width * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(page.height * 2));
        assertThat(page.width).isGreaterThanOrEqualTo(diagram.geometry().bounds().width());
    }

    @Test
    void tilesShowTheirCategoryColours() throws Exception {
        BufferedImage image = png(SampleDiagrams.diagram(ArchitectureKind.TARGET),
            new PngExporter());
        Map<Integer, Integer> counts = histogram(image);
        for (Category c : List.of(Category.COMPUTE, Category.DATABASE, Category.NETWORK,
            Category.SECURITY, Category.INTEGRATION, Category.EXTERNAL)) {
            int rgb = Integer.parseInt(c.colour().substring(1), 16);
            // a 44-unit icon square at 2 px per unit is ~7,000 pixels; anti-aliased edges aside
            assertThat(counts.getOrDefault(rgb, 0)).as(c.name()).isGreaterThan(1000);
        }
        int white = counts.getOrDefault(0xFFFFFF, 0);
        assertThat(white).isLessThan(image.getWidth() * image.getHeight() * 9 / 10);
    }

    @Test
    void onPremiseDiagramHasNoAwsColours() throws Exception {
        Map<Integer, Integer> counts = histogram(png(SampleDiagrams.diagram(
            ArchitectureKind.CURRENT), new PngExporter()));
        assertThat(counts.getOrDefault(0xC925D1, 0)).isZero();
        assertThat(counts.getOrDefault(0x232F3D, 0)).isGreaterThan(1000);
    }

    @Test
    void hugeEstatesAreScaledDownToThePixelBudget() throws Exception {
        Architecture wide = SampleArchitectures.random(5, 100, 10).mapComponents(c -> {
            int n = Integer.parseInt(c.id().substring(1));
            return c.withPosition(new Position(n % 60 * 200.0, n / 60 * 150.0));
        });
        Diagram diagram = new Diagram(SampleArchitectures.project()
            .withArchitecture(ArchitectureKind.TARGET, wide), ArchitectureKind.TARGET,
            DiagramGeometry.of(wide, List.of()), id -> "\u20ac1/mo", "big");
        BufferedImage image = png(diagram, new PngExporter());
        assertThat((long) image.getWidth() * image.getHeight())
            .isLessThanOrEqualTo(PngExporter.MAX_PIXELS).isGreaterThan(PngExporter.MAX_PIXELS / 2);
        Files.delete(Path.of("target", "preview", "target.png"));
    }

    /**
     * The generated 1,000-application estate (~2,400 tiles, ~8,000 links) squeezed into the
     * pixel budget is an overview: links as hairlines, yet every tile and its icon colour shows.
     */
    @Test
    void thousandApplicationEstateIsANonBlankOverviewWithinThePixelBudget() throws Exception {
        Diagram diagram = EstateDiagrams.diagram(EstateDiagrams.estate(1_000),
            ArchitectureKind.TARGET);
        BufferedImage image = png(diagram, new PngExporter());
        long pixels = (long) image.getWidth() * image.getHeight();
        assertThat(pixels).isLessThanOrEqualTo(PngExporter.MAX_PIXELS)
            .isGreaterThan(PngExporter.MAX_PIXELS / 2);
        var page = new DiagramPainter(diagram).pageSize();
        assertThat((double) image.getWidth() / image.getHeight())
            .isCloseTo(page.width / page.height, org.assertj.core.data.Offset.offset(0.01));
        Map<Integer, Integer> counts = histogram(image);
        int compute = Integer.parseInt(Category.COMPUTE.colour().substring(1), 16);
        int tiles = diagram.geometry().tiles().size();
        // the generator now spaces applications wider (640 x 560 instead of 420 x 260), so the
        // page is ~3.2 times larger in area and, at the same pixel budget, an icon square is only
        // ~6 px wide: measured 10,962 compute pixels (about 16 per compute tile); a blank or
        // icon-less overview has none, so well over 12 per compute tile still guards it
        assertThat(counts.getOrDefault(compute, 0)).isGreaterThan(tiles / 4 * 12);
        int links = counts.getOrDefault(DiagramPainter.OVERVIEW_SOFT_EDGE.getRGB() & 0xFFFFFF, 0)
            + counts.getOrDefault(DiagramPainter.OVERVIEW_HARD_EDGE.getRGB() & 0xFFFFFF, 0);
        assertThat(links).isGreaterThan(100_000);
        assertThat(counts.getOrDefault(0xFFFFFF, 0)).isLessThan((int) (pixels * 9 / 10));
        Files.delete(Path.of("target", "preview", "target.png"));
    }

    private static Map<Integer, Integer> histogram(BufferedImage image) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        return counts;
    }
}
