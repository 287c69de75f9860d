package dev.envol.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.generate.EstateGenerator;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Link;
import dev.envol.model.Project;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The automatic layout reads like a page: compact, left to right inside an application. */
class AutoLayoutTest {
    @ParameterizedTest(name = "{0} applications")
    @ValueSource(ints = {1, 3, 8, 13, 25, 40, 60})
    void estatesComeOutBetweenHalfAndTwiceAsWideAsTall(int applications) {
        Project p = RouteChecks.unplaced(new EstateGenerator(applications).generate(applications),
            ArchitectureKind.TARGET);
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            Architecture a = RouteChecks.unplaced(p, kind).architecture(kind);
            LayoutResult r = new AutoLayout().layout(a);
            double aspect = r.bounds().width() / r.bounds().height();
            assertThat(aspect).as("%s %d applications: %s", kind, applications, r.bounds())
                .isBetween(0.5, 2.0);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void insideAnApplicationDependantsSitLeftOfTheirDependencies(long seed) {
        Architecture a = SampleArchitectures.random(seed, 12, 0);
        LayoutResult r = new AutoLayout().layout(a);
        int checked = 0;
        for (Link l : a.links()) {
            var from = a.component(l.from()).orElseThrow();
            var to = a.component(l.to()).orElseThrow();
            if (from.application() != null && from.application().equals(to.application())) {
                assertThat(r.tiles().get(l.from()).x()).as("%s -> %s", l.from(), l.to())
                    .isLessThan(r.tiles().get(l.to()).x());
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5})
    void theSameArchitectureAlwaysGivesTheSameLayout(long seed) {
        Architecture a = SampleArchitectures.random(seed, 20, 0);
        assertThat(new AutoLayout().layout(a)).isEqualTo(new AutoLayout().layout(a));
    }

    /** Groups are laid out on several threads: one thread must give the very same drawing. */
    @Test
    void layingGroupsOutInParallelGivesTheLayoutOfOneThread() throws Exception {
        Architecture a = SampleArchitectures.random(42, 60, 5);
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            LayoutResult alone = one.submit(() -> new AutoLayout().layout(a)).get();
            assertThat(new AutoLayout().layout(a)).isEqualTo(alone);
        } finally {
            one.shutdown();
        }
    }
}
