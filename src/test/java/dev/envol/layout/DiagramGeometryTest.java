package dev.envol.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.catalog.Category;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Link;
import dev.envol.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DiagramGeometryTest {
    private static final double NEAR = 1.0;

    static Stream<Arguments> architectures() {
        return Stream.of(
            Arguments.of("current", SampleArchitectures.current()),
            Arguments.of("target", SampleArchitectures.target()),
            Arguments.of("random 1", SampleArchitectures.random(1, 12, 0)),
            Arguments.of("random 2", SampleArchitectures.random(2, 30, 0)),
            Arguments.of("random 3", SampleArchitectures.random(3, 5, 9)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("architectures")
    void tilesNeverOverlap(String name, Architecture architecture) {
        DiagramGeometry g = DiagramGeometry.of(architecture, SampleArchitectures.applications());
        assertThat(g.tiles()).hasSameSizeAs(architecture.components());
        List<Tile> tiles = g.tiles();
        for (int i = 0; i < tiles.size(); i++) {
            for (int j = i + 1; j < tiles.size(); j++) {
                assertThat(tiles.get(i).bounds().overlaps(tiles.get(j).bounds()))
                    .as("%s and %s overlap", tiles.get(i).componentId(), tiles.get(j).componentId())
                    .isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("architectures")
    void containersHoldTheirTilesAndNothingElse(String name, Architecture architecture) {
        DiagramGeometry g = DiagramGeometry.of(architecture, SampleArchitectures.applications());
        for (ApplicationBox box : g.containers()) {
            for (Tile tile : g.tiles()) {
                boolean member = box.applicationId().equals(tile.applicationId());
                if (member) {
                    assertThat(box.bounds().contains(tile.bounds()))
                        .as("%s inside %s", tile.componentId(), box.applicationId()).isTrue();
                } else {
                    assertThat(box.bounds().overlaps(tile.bounds()))
                        .as("%s outside %s", tile.componentId(), box.applicationId()).isFalse();
                }
            }
            for (ApplicationBox other : g.containers()) {
                if (other != box) {
                    assertThat(box.bounds().overlaps(other.bounds())).isFalse();
                }
            }
            assertThat(g.bounds().contains(box.bounds())).isTrue();
        }
        long apps = architecture.components().stream().map(Component::application)
            .filter(a -> a != null).distinct().count();
        assertThat(g.containers()).hasSize((int) apps);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("architectures")
    void everyLinkHasAnEdgeFromBorderToBorder(String name, Architecture architecture) {
        DiagramGeometry g = DiagramGeometry.of(architecture, SampleArchitectures.applications());
        assertThat(g.edges()).hasSameSizeAs(architecture.links());
        for (int i = 0; i < g.edges().size(); i++) {
            EdgePath edge = g.edges().get(i);
            Link link = architecture.links().get(i);
            assertThat(edge.from()).isEqualTo(link.from());
            assertThat(edge.to()).isEqualTo(link.to());
            assertThat(edge.hard()).isEqualTo(link.isHard());
            assertThat(onBorder(edge.start(), g.tile(link.from()).orElseThrow().bounds()))
                .as("%s starts on its tile: %s", link, edge.points()).isTrue();
            assertThat(onBorder(edge.end(), g.tile(link.to()).orElseThrow().bounds()))
                .as("%s ends on its tile: %s", link, edge.points()).isTrue();
        }
    }

    @Test
    void insideAnApplicationDependantsSitLeftOfTheirDependencies() {
        DiagramGeometry g = DiagramGeometry.of(SampleArchitectures.target(),
            SampleArchitectures.applications());
        for (EdgePath edge : g.edges()) {
            Tile fromTile = g.tile(edge.from()).orElseThrow();
            Tile toTile = g.tile(edge.to()).orElseThrow();
            if (fromTile.applicationId() == null
                || !fromTile.applicationId().equals(toTile.applicationId())) {
                continue; // applications are packed like a page, not in one band
            }
            Rect from = fromTile.bounds();
            Rect to = toTile.bounds();
            assertThat(from.maxX()).as("%s -> %s", edge.from(), edge.to()).isLessThan(to.x());
        }
    }

    @Test
    void sameArchitectureSameGeometry() {
        Architecture a = SampleArchitectures.random(7, 40, 0);
        DiagramGeometry first = DiagramGeometry.of(a, List.of());
        DiagramGeometry second = DiagramGeometry.of(a, List.of());
        assertThat(second).isEqualTo(first);
        assertThat(first.autoLaid()).isTrue();
    }

    @Test
    void tilesCarryCategoryColourIconAndName() {
        DiagramGeometry g = DiagramGeometry.of(SampleArchitectures.project(),
            ArchitectureKind.TARGET);
        Tile rds = g.tile("bet-rds").orElseThrow();
        assertThat(rds.colour()).isEqualTo(Category.DATABASE.colour());
        assertThat(rds.iconKey()).isEqualTo("mdi2d-database");
        assertThat(rds.name()).isEqualTo("Bets RDS");
        assertThat(g.containers()).extracting(ApplicationBox::label)
            .contains("Horse betting (horse-racing)", "Login (accounts)");
    }

    @Test
    void modelPositionsWinWhenEveryComponentHasOne() {
        Architecture placed = SampleArchitectures.current().mapComponents(c ->
            c.withPosition(new Position(c.id().length() * 200, c.id().hashCode() % 7 * 150)));
        DiagramGeometry g = DiagramGeometry.of(placed, SampleArchitectures.applications());
        assertThat(g.autoLaid()).isFalse();
        for (Component c : placed.components()) {
            Rect r = g.tile(c.id()).orElseThrow().bounds();
            assertThat(r.x()).isEqualTo(c.position().x());
            assertThat(r.y()).isEqualTo(c.position().y());
        }
        assertThat(g.edges()).hasSameSizeAs(placed.links());

        List<Component> oneMissing = new ArrayList<>(placed.components());
        oneMissing.set(0, oneMissing.get(0).withPosition(null));
        assertThat(DiagramGeometry.of(placed.withComponents(oneMissing), List.of()).autoLaid())
            .isTrue();
    }

    @Test
    void positionsOfAnAutomaticLayoutReproduceIt() {
        Architecture a = SampleArchitectures.target();
        LayoutResult layout = new AutoLayout().layout(a);
        Map<String, Position> positions = layout.positions();
        Architecture placed = a.mapComponents(c -> c.withPosition(positions.get(c.id())));
        DiagramGeometry again = DiagramGeometry.of(placed, List.of());
        for (Tile t : again.tiles()) {
            assertThat(t.bounds()).isEqualTo(layout.tiles().get(t.componentId()));
        }
    }

    @Test
    void emptyArchitectureGivesAnEmptyDrawing() {
        DiagramGeometry g = DiagramGeometry.of(Architecture.empty(), List.of());
        assertThat(g.tiles()).isEmpty();
        assertThat(g.bounds().width()).isPositive();
    }

    private static boolean onBorder(Point p, Rect r) {
        boolean inside = p.x() >= r.x() - NEAR && p.x() <= r.maxX() + NEAR
            && p.y() >= r.y() - NEAR && p.y() <= r.maxY() + NEAR;
        boolean nearEdge = Math.abs(p.x() - r.x()) <= NEAR || Math.abs(p.x() - r.maxX()) <= NEAR
            || Math.abs(p.y() - r.y()) <= NEAR || Math.abs(p.y() - r.maxY()) <= NEAR;
        return inside && nearEdge;
    }
}
