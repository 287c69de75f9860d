package dev.envol.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.layout.ApplicationBox;
import dev.envol.layout.DiagramGeometry;
import dev.envol.layout.Rect;
import dev.envol.layout.Tile;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imported models open with the compact automatic layout: page-like (width to height between
 * 1:2 and 2:1), no tile or application box over another, the same positions every time.
 */
class ImportedLayoutTest {
    @TempDir
    Path dir;

    @Test
    void rvToolsAndAdsFixturesComeOutPageLike() throws IOException {
        List<Project> imported = List.of(
            new RvToolsImporter().importFile(RvToolsImporterTest.fixture(dir, "rvtools-export.xlsx"),
                RvToolsImporterTest.OPTIONS).project(),
            new RvToolsImporter().importFile(RvToolsImporterTest.fixture(dir, "vInfo.csv"),
                RvToolsImporterTest.OPTIONS).project(),
            new AdsImporter().importFile(RvToolsImporterTest.fixture(dir, "discovery-import.csv"),
                RvToolsImporterTest.OPTIONS).project());
        for (Project p : imported) {
            assertPageLike(p);
        }
    }

    @Test
    void sixtyApplicationInventoryComesOutPageLikeAndTheSameEveryTime() throws IOException {
        Path file = inventory(dir.resolve("vInfo.csv"), 60);
        Project first = new RvToolsImporter().importFile(file, RvToolsImporterTest.OPTIONS)
            .project();
        Project again = new RvToolsImporter().importFile(file, RvToolsImporterTest.OPTIONS)
            .project();

        assertThat(first.applications()).hasSize(60);
        assertPageLike(first);
        assertThat(first.current().components()).extracting(Component::position)
            .isEqualTo(again.current().components().stream().map(Component::position).toList());
    }

    private static void assertPageLike(Project p) {
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            assertThat(p.architecture(kind).components()).allMatch(c -> c.position() != null);
            DiagramGeometry g = DiagramGeometry.of(p, kind);
            double aspect = g.bounds().width() / g.bounds().height();
            assertThat(aspect).as(p.name() + " " + kind + " width:height").isBetween(0.5, 2.0);
            List<Rect> tiles = g.tiles().stream().map(Tile::bounds).toList();
            assertApart(tiles, p.name() + " " + kind + " tiles");
            assertApart(g.containers().stream().map(ApplicationBox::bounds).toList(),
                p.name() + " " + kind + " applications");
        }
    }

    private static void assertApart(List<Rect> boxes, String what) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Rect a = boxes.get(i);
                Rect b = boxes.get(j);
                boolean overlap = a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY()
                    && b.y() < a.maxY();
                assertThat(overlap).as(what + ": " + a + " over " + b).isFalse();
            }
        }
    }

    /** An RVTools vInfo export of {@code applications} applications of 1 to 9 VMs. */
    private static Path inventory(Path file, int applications) throws IOException {
        Random random = new Random(60);
        List<String> lines = new ArrayList<>();
        lines.add("VM,Powerstate,Template,CPUs,Memory,Provisioned MiB,"
            + "OS according to the configuration file,Application");
        for (int a = 0; a < applications; a++) {
            int vms = 1 + random.nextInt(9);
            for (int v = 0; v < vms; v++) {
                lines.add("app" + a + "-vm" + v + ",poweredOn,False," + (2 << random.nextInt(3))
                    + "," + (4096 << random.nextInt(3)) + ",40960,"
                    + "Red Hat Enterprise Linux 8 (64-bit),application-" + a);
            }
        }
        return Files.write(file, lines);
    }
}
