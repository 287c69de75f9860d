package dev.envol.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Props;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridPlacementTest {
    @Test
    void applicationsGetSeparateBandsAndNoTilesOverlap() {
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            components.add(Component.of("a" + i, null, "onprem.server", "app-a", Props.empty()));
            if (i < 3) {
                components.add(Component.of("b" + i, null, "onprem.server", "app-b",
                    Props.empty()));
            }
        }
        List<Component> placed = GridPlacement.place(Architecture.of(components, List.of()))
            .components();

        assertThat(placed).allMatch(c -> c.position() != null);
        for (Component p : placed) {
            for (Component q : placed) {
                if (p != q) {
                    boolean apart = Math.abs(p.position().x() - q.position().x()) >= 140
                        || Math.abs(p.position().y() - q.position().y()) >= 104;
                    assertThat(apart).as(p.id() + " vs " + q.id()).isTrue();
                }
            }
        }
        double lowestA = placed.stream().filter(c -> c.application().equals("app-a"))
            .mapToDouble(c -> c.position().y()).max().orElseThrow();
        double topB = placed.stream().filter(c -> c.application().equals("app-b"))
            .mapToDouble(c -> c.position().y()).min().orElseThrow();
        // app-a's box ends 16 below its last tile; app-b's starts 46 above its first tile
        assertThat(topB - 46).isGreaterThan(lowestA + 104 + 16);
    }
}
