package dev.envol.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Coupling;
import dev.envol.model.Link;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A drag frame's route: searched around tiles when cheap, else an orthogonal elbow marked provisional. */
class LinkRouterPreviewTest {
    private static final Link A_TO_B = Link.of("a", "b", Coupling.SOFT);

    @Test
    void aFreeLinkIsSearchedAroundTheTileBetweenItsEnds() {
        Map<String, Rect> tiles = new LinkedHashMap<>();
        tiles.put("a", new Rect(0, 0, 120, 60));
        tiles.put("b", new Rect(600, 0, 120, 60));
        tiles.put("wall", new Rect(300, -20, 120, 100));
        LinkRouter router = new LinkRouter(tiles, List.of());
        LinkRouter.Preview preview = router.preview(A_TO_B);
        assertThat(preview.provisional()).isFalse();
        assertThat(preview.path().points()).isEqualTo(router.routeOne(A_TO_B).points());
        assertThat(crossesTile(preview.path(), tiles.get("wall"))).isFalse();
    }

    @Test
    void anEndOverlappingAnotherTileGetsAProvisionalOrthogonalElbow() {
        Map<String, Rect> tiles = new LinkedHashMap<>();
        tiles.put("a", new Rect(0, 0, 120, 60));
        tiles.put("b", new Rect(600, 200, 120, 60));
        // a is dropped half onto c: its links are not searched while it is dragged there
        tiles.put("c", new Rect(60, 20, 120, 60));
        LinkRouter.Preview preview = new LinkRouter(tiles, List.of()).preview(A_TO_B);
        assertThat(preview.provisional()).isTrue();
        List<Point> p = preview.path().points();
        assertThat(p.get(0)).isEqualTo(new Point(120, 30));
        assertThat(p.get(p.size() - 1)).isEqualTo(new Point(600, 230));
        for (int i = 1; i < p.size(); i++) {
            assertThat(p.get(i - 1).x() == p.get(i).x() || p.get(i - 1).y() == p.get(i).y())
                .as("segment %s-%s is orthogonal", p.get(i - 1), p.get(i)).isTrue();
        }
    }

    @Test
    void aLinkWithAMissingEndHasNoPreview() {
        Map<String, Rect> tiles = Map.of("a", new Rect(0, 0, 120, 60));
        assertThat(new LinkRouter(tiles, List.of()).preview(A_TO_B)).isNull();
    }

    private static boolean crossesTile(EdgePath path, Rect tile) {
        for (int i = 1; i < path.points().size(); i++) {
            if (Geometry.segmentEntersBox(path.points().get(i - 1), path.points().get(i), tile)) {
                return true;
            }
        }
        return false;
    }
}
