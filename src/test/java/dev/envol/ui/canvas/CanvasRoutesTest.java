package dev.envol.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.io.ModelFiles;
import dev.envol.layout.EdgePath;
import dev.envol.layout.Geometry;
import dev.envol.layout.Rect;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Position;
import dev.envol.model.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The canvas draws the exports' routes, and a drag routes again only the links it can change. */
class CanvasRoutesTest {
    static Stream<Arguments> samples() {
        return Stream.of("betting-platform", "small-web-app").flatMap(name -> Stream.of(
            ArchitectureKind.values()).map(kind -> Arguments.of(name, kind)));
    }

    private static Project load(String name) {
        return ModelFiles.load(Path.of("models/" + name + ".envol.json"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samples")
    void canvasAndExportsDrawTheSameRoutes(String name, ArchitectureKind kind) {
        Project p = load(name);
        DiagramGeometry canvas = new DiagramGeometry(p, p.architecture(kind));
        List<EdgePath> exported = dev.envol.layout.DiagramGeometry.of(p, kind).edges();
        assertThat(canvas.links.stream().map(r -> r.path()).toList())
            .isNotEmpty().isEqualTo(exported);
    }

    @Test
    void aDragRoutesAgainTheLinksOfTheMovedTileAndKeepsTheOthers() {
        Project p = load("betting-platform");
        DiagramGeometry before = new DiagramGeometry(p, p.target());
        String moved = "horse-rds";
        DiagramGeometry after = movedBy(before, p, moved, 400, 40);
        assertThat(after.links).hasSameSizeAs(before.links);
        Rect tile = rect(after.byId.get(moved));
        for (int i = 0; i < after.links.size(); i++) {
            var r = after.links.get(i);
            boolean incident = r.link().from().equals(moved) || r.link().to().equals(moved);
            if (incident) {
                // it now ends on the moved tile's border
                var end = r.link().from().equals(moved) ? r.path().start() : r.path().end();
                assertThat(onBorder(tile, end)).as("%s ends on %s", r.path(), tile).isTrue();
            } else if (before.links.get(i).path() == r.path()) {
                continue;
            }
            for (int k = 1; k < r.path().points().size(); k++) {
                assertThat(Geometry.segmentEntersBox(r.path().points().get(k - 1),
                    r.path().points().get(k), tile) && !incident).isFalse();
            }
        }
        long untouched = after.links.stream().filter(r -> before.links.stream()
            .anyMatch(b -> b.path() == r.path())).count();
        long incidentLinks = after.links.stream()
            .filter(r -> r.link().from().equals(moved) || r.link().to().equals(moved)).count();
        assertThat(untouched).as("while dragging, every link but the moved tile's keeps its route")
            .isEqualTo(after.links.size() - incidentLinks);
    }

    @Test
    void aTileDraggedOntoAnotherGetsProvisionalElbowsOverWhatStaysInPlace() {
        Project p = load("betting-platform");
        DiagramGeometry before = new DiagramGeometry(p, p.target());
        String moved = "horse-rds";
        Placed other = before.tiles.stream()
            .filter(t -> !t.component().id().equals(moved)).findFirst().orElseThrow();
        Placed from = before.byId.get(moved);
        // half onto the other tile: its links are drawn as elbows, not searched
        DiagramGeometry frame = movedBy(before, p, moved,
            other.bounds().getMinX() + 60 - from.bounds().getMinX(),
            other.bounds().getMinY() + 20 - from.bounds().getMinY());
        Rect tile = rect(frame.byId.get(moved));
        var incident = frame.links.stream()
            .filter(r -> r.link().from().equals(moved) || r.link().to().equals(moved)).toList();
        assertThat(incident).isNotEmpty().allSatisfy(r -> {
            assertThat(r.provisional()).isTrue();
            var end = r.link().from().equals(moved) ? r.path().start() : r.path().end();
            assertThat(onBorder(tile, end)).as("%s ends on %s", r.path(), tile).isTrue();
        });
        assertThat(before.links).noneMatch(DiagramGeometry.Routed::provisional);
        // what stays in place is drawn once: every tile and link but the dragged ones
        DiagramGeometry still = before.without(Set.of(moved));
        assertThat(still.byId).doesNotContainKey(moved).hasSize(before.byId.size() - 1);
        assertThat(still.links).hasSize(before.links.size() - incident.size());
    }

    private static Rect rect(Placed p) {
        return new Rect(p.bounds().getMinX(), p.bounds().getMinY(), p.bounds().getWidth(),
            p.bounds().getHeight());
    }

    private static boolean onBorder(Rect r, dev.envol.layout.Point p) {
        boolean inX = p.x() >= r.x() - 0.01 && p.x() <= r.maxX() + 0.01;
        boolean inY = p.y() >= r.y() - 0.01 && p.y() <= r.maxY() + 0.01;
        return inX && inY && (Math.abs(p.x() - r.x()) < 0.01 || Math.abs(p.x() - r.maxX()) < 0.01
            || Math.abs(p.y() - r.y()) < 0.01 || Math.abs(p.y() - r.maxY()) < 0.01);
    }

    /** The drag frame of {@code id} moved by (dx, dy) world units, as the canvas asks for it. */
    private static DiagramGeometry movedBy(DiagramGeometry before, Project p, String id, double dx,
                                           double dy) {
        Rectangle2D b = before.byId.get(id).bounds();
        return before.moved(p, Map.of(id, new Position(b.getMinX() + dx, b.getMinY() + dy)));
    }
}
