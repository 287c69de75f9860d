package dev.envol.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Coupling;
import dev.envol.model.Link;
import dev.envol.model.Project;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkRouterTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.envol.layout.RouteChecks#diagrams")
    void noLinkRunsThroughATileOtherThanItsEnds(String name, Project project, ArchitectureKind kind) {
        DiagramGeometry g = DiagramGeometry.of(project, kind);
        Map<String, Rect> tiles = new LinkedHashMap<>();
        g.tiles().forEach(t -> tiles.put(t.componentId(), t.bounds()));
        List<RouteChecks.Route> routes = g.edges().stream().map(RouteChecks.Route::of).toList();
        assertThat(RouteChecks.throughTiles(tiles, routes)).isEmpty();
        long drawable = project.architecture(kind).links().stream()
            .filter(l -> tiles.containsKey(l.from()) && tiles.containsKey(l.to())
                && !l.from().equals(l.to())).count();
        assertThat(g.edges()).hasSize((int) drawable);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.envol.layout.RouteChecks#diagrams")
    void linksLeaveAndEnterTheirTilesPerpendicularly(String name, Project project,
                                                     ArchitectureKind kind) {
        DiagramGeometry g = DiagramGeometry.of(project, kind);
        for (EdgePath e : g.edges()) {
            Rect from = g.tile(e.from()).orElseThrow().bounds();
            Rect to = g.tile(e.to()).orElseThrow().bounds();
            assertThat(leavesPerpendicularly(from, e.points().get(0), e.points().get(1)))
                .as("%s->%s leaves %s along %s", e.from(), e.to(), from, e.points()).isTrue();
            List<Point> back = new java.util.ArrayList<>(e.points());
            java.util.Collections.reverse(back);
            assertThat(leavesPerpendicularly(to, back.get(0), back.get(1)))
                .as("%s->%s enters %s along %s", e.from(), e.to(), to, e.points()).isTrue();
            for (int i = 1; i < e.points().size(); i++) {
                Point a = e.points().get(i - 1);
                Point b = e.points().get(i);
                assertThat(Math.abs(a.x() - b.x()) < 1e-6 || Math.abs(a.y() - b.y()) < 1e-6)
                    .as("%s->%s segment %s-%s is orthogonal", e.from(), e.to(), a, b).isTrue();
            }
        }
    }

    /** On a side of the box, going straight away from it. */
    private static boolean leavesPerpendicularly(Rect box, Point on, Point next) {
        double eps = 0.01;
        if (Math.abs(on.x() - box.x()) < eps) {
            return next.x() < on.x() && Math.abs(next.y() - on.y()) < eps;
        }
        if (Math.abs(on.x() - box.maxX()) < eps) {
            return next.x() > on.x() && Math.abs(next.y() - on.y()) < eps;
        }
        if (Math.abs(on.y() - box.y()) < eps) {
            return next.y() < on.y() && Math.abs(next.x() - on.x()) < eps;
        }
        if (Math.abs(on.y() - box.maxY()) < eps) {
            return next.y() > on.y() && Math.abs(next.x() - on.x()) < eps;
        }
        return false;
    }

    /**
     * A generated estate of 250 applications (600 to 700 tiles per architecture, as placed by
     * the generator) is above {@link LinkRouter#EXACT_TILES}: its long links are routed in the
     * channels between containers, and still none runs through a tile.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(ArchitectureKind.class)
    void bigEstatesAreRoutedAroundEveryTileToo(ArchitectureKind kind) {
        Project project = new dev.envol.generate.EstateGenerator(42).generate(250);
        DiagramGeometry g = DiagramGeometry.of(project, kind);
        assertThat(g.tiles()).hasSizeGreaterThan(LinkRouter.EXACT_TILES);
        Map<String, Rect> tiles = new LinkedHashMap<>();
        g.tiles().forEach(t -> tiles.put(t.componentId(), t.bounds()));
        long drawable = project.architecture(kind).links().stream()
            .filter(l -> tiles.containsKey(l.from()) && tiles.containsKey(l.to())
                && !l.from().equals(l.to())).count();
        assertThat(g.edges()).hasSize((int) drawable);
        List<RouteChecks.Route> routes = g.edges().stream().map(RouteChecks.Route::of).toList();
        assertThat(RouteChecks.throughTiles(tiles, routes)).isEmpty();
        for (EdgePath e : g.edges()) {
            for (int i = 1; i < e.points().size(); i++) {
                Point a = e.points().get(i - 1);
                Point b = e.points().get(i);
                assertThat(Math.abs(a.x() - b.x()) < 1e-6 || Math.abs(a.y() - b.y()) < 1e-6)
                    .as("%s->%s is routed, not drawn straight: %s", e.from(), e.to(), e.points())
                    .isTrue();
            }
        }
    }

    @Test
    void aTileBetweenTwoOthersIsWalkedAround() {
        Map<String, Rect> tiles = new LinkedHashMap<>();
        tiles.put("a", new Rect(0, 0, 140, 104));
        tiles.put("wall", new Rect(200, -100, 140, 304));
        tiles.put("b", new Rect(400, 0, 140, 104));
        List<EdgePath> edges = new LinkRouter(tiles, List.of())
            .route(List.of(Link.of("a", "b", Coupling.HARD)));
        List<Point> p = edges.get(0).points();
        assertThat(p.size()).as("around the wall: %s", p).isGreaterThanOrEqualTo(4);
        for (int i = 1; i < p.size(); i++) {
            assertThat(Geometry.segmentEntersBox(p.get(i - 1), p.get(i), tiles.get("wall"))).isFalse();
        }
    }

    @Test
    void linksSharingASideGetTheirOwnPorts() {
        Map<String, Rect> tiles = new LinkedHashMap<>();
        tiles.put("hub", new Rect(0, 200, 140, 104));
        for (int i = 0; i < 4; i++) {
            tiles.put("t" + i, new Rect(400, i * 160, 140, 104));
        }
        List<Link> links = List.of(Link.of("hub", "t0", Coupling.SOFT),
            Link.of("hub", "t1", Coupling.SOFT), Link.of("hub", "t2", Coupling.SOFT),
            Link.of("hub", "t3", Coupling.SOFT));
        List<EdgePath> edges = new LinkRouter(tiles, List.of()).route(links);
        assertThat(edges.stream().map(EdgePath::start).distinct()).hasSize(4);
        // in the order they go, so they do not cross by the hub
        int crossings = 0;
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                crossings += Geometry.crossings(edges.get(i).points(), edges.get(j).points());
            }
        }
        assertThat(crossings).as("%s", edges).isZero();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomPlacementsAreRoutedAroundEveryTile(long seed) {
        Random random = new Random(seed);
        Map<String, Rect> tiles = new LinkedHashMap<>();
        int placed = 0;
        while (tiles.size() < 40 && placed < 2000) {
            placed++;
            Rect r = new Rect(random.nextInt(60) * 20, random.nextInt(40) * 20, 140, 104);
            if (tiles.values().stream().noneMatch(o -> o.grow(20, 20, 20, 20).overlaps(r))) {
                tiles.put("n" + tiles.size(), r);
            }
        }
        List<String> ids = List.copyOf(tiles.keySet());
        List<Link> links = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String a = ids.get(random.nextInt(ids.size()));
            String b = ids.get(random.nextInt(ids.size()));
            if (!a.equals(b)) {
                links.add(Link.of(a, b, Coupling.SOFT));
            }
        }
        List<EdgePath> edges = new LinkRouter(tiles, List.of()).route(links);
        assertThat(RouteChecks.throughTiles(tiles, edges.stream().map(RouteChecks.Route::of).toList()))
            .as("seed %d", seed).isEmpty();
    }
}
