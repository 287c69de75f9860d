package dev.envol.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Criticality;
import dev.envol.model.Props;
import dev.envol.model.Severity;
import dev.envol.model.Strategy;
import org.junit.jupiter.api.Test;

/** One case per flag code, and the cases that must not raise it. */
class PlanFlagsTest {

    @Test
    void aSoftDependencyAcrossWavesIsAHybridLinkWithItsDuration() {
        WavePlan plan = new Estate().maxPerWave(1).app("web").app("api").depends("web", "api")
            .plan();

        assertThat(plan.flags()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("wave.hybrid-link");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.architecture()).isEqualTo(ArchitectureKind.CURRENT);
            assertThat(f.applications()).containsExactly("web", "api");
            assertThat(f.components()).containsExactly("web-srv", "api-srv");
            assertThat(f.message()).contains("from 2026-03 to 2026-06 (3 months)");
        });
        assertThat(plan.hasErrors()).isFalse();
    }

    @Test
    void severalLinksBetweenTwoApplicationsAreOneDependency() {
        WavePlan plan = new Estate().maxPerWave(1).app("web").app("api").depends("web", "api")
            .component(Component.of("web-cache", "cache", "onprem.cache", "web", Props.empty()))
            .link("web-cache", "api-srv", Coupling.SOFT).plan();

        assertThat(plan.flags(Flag.HYBRID_LINK)).singleElement()
            .satisfies(f -> assertThat(f.components())
                .containsExactly("web-srv", "api-srv", "web-cache"));
    }

    @Test
    void aHardLinkSplitByPinsIsAnError() {
        WavePlan plan = new Estate().pinned("front", "wave-1").pinned("back", "wave-2")
            .hard("front", "back").plan();

        assertThat(plan.flags(Flag.HARD_LINK_SPLIT)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.applications()).containsExactly("front", "back");
            assertThat(f.message()).contains("wave-1").contains("wave-2").contains("pin");
        });
        assertThat(plan.hasErrors()).isTrue();
    }

    @Test
    void aHardLinkKeptInOneWaveIsNotFlagged() {
        WavePlan plan = new Estate().pinned("front", "wave-2").app("back").hard("front", "back")
            .plan();

        assertThat(plan.waveOf("back").orElseThrow().id()).isEqualTo("wave-2");
        assertThat(plan.flags()).isEmpty();
    }

    @Test
    void aCycleIsAWarningAndItsApplicationsMoveTogether() {
        WavePlan plan = new Estate().app("a").app("b").app("c").depends("a", "b")
            .depends("b", "c").depends("c", "a").plan();

        assertThat(plan.flags()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("wave.cycle");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.applications()).containsExactlyInAnyOrder("a", "b", "c");
            assertThat(f.message()).contains("placed together in wave-1");
        });
    }

    @Test
    void aCycleBiggerThanAWaveIsSplitAndSaysSo() {
        WavePlan plan = new Estate().maxPerWave(2).app("a").app("b").app("c").depends("a", "b")
            .depends("b", "c").depends("c", "a").plan();

        assertThat(plan.waves()).allSatisfy(w -> assertThat(w.applications()).hasSizeLessThan(3));
        assertThat(plan.flags(Flag.CYCLE)).singleElement()
            .satisfies(f -> assertThat(f.message()).contains("spread over wave-1, wave-2"));
        assertThat(plan.flags(Flag.CAPACITY_EXCEEDED)).isEmpty();
        // the dependency that now goes the wrong way is reported as such
        assertThat(plan.flags(Flag.HYBRID_LINK)).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("before its dependency because of a cycle");
        });
    }

    @Test
    void aCycleThroughSharedServicesMovesTheSharedServicesFirst() {
        // the shared load balancer calls every application, and every application uses the
        // shared directory: one cycle through all of them, too big for a wave
        Estate estate = new Estate().maxPerWave(2).app("a").app("b").app("c").app("d")
            .app("shared", Criticality.HIGH).depends("b", "a");
        for (String app : new String[] {"a", "b", "c", "d"}) {
            estate.depends("shared", app).depends(app, "shared");
        }
        WavePlan plan = estate.plan();

        assertThat(plan.waves().get(0).applications()).contains("shared");
        assertThat(plan.waveOf("a").orElseThrow().start())
            .isBeforeOrEqualTo(plan.waveOf("b").orElseThrow().start());
        assertThat(plan.flags(Flag.CYCLE)).singleElement()
            .satisfies(f -> assertThat(f.applications()).hasSize(5));
        // only the load balancer's calls go the wrong way, and each is reported
        assertThat(plan.flags(Flag.HYBRID_LINK)).filteredOn(f -> f.severity() == Severity.WARNING)
            .isNotEmpty()
            .allSatisfy(f -> assertThat(f.applications().get(0)).isEqualTo("shared"));
    }

    @Test
    void aDependencyOnARetainedApplicationIsAPermanentHybridLink() {
        WavePlan plan = new Estate().app("web").app("mainframe", Strategy.RETAIN)
            .depends("web", "mainframe").plan();

        assertThat(plan.flags()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("wave.retained-dependency");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.applications()).containsExactly("web", "mainframe");
            assertThat(f.message()).contains("permanent").contains("from 2026-03");
        });
    }

    @Test
    void aHardLinkToARetainedApplicationIsAlsoASplitForGood() {
        WavePlan plan = new Estate().app("web").app("mainframe", Strategy.RETAIN)
            .hard("web", "mainframe").plan();

        assertThat(plan.flags()).extracting(Flag::code)
            .containsExactly("wave.hard-link-split", "wave.retained-dependency");
        assertThat(plan.hasErrors()).isTrue();
    }

    @Test
    void aRetiredApplicationNextToARetainedOneRaisesNothing() {
        WavePlan plan = new Estate().app("old", Strategy.RETIRE).app("mainframe", Strategy.RETAIN)
            .hard("old", "mainframe").plan();

        assertThat(plan.flags()).isEmpty();
    }

    @Test
    void aTargetLinkToAComponentStillOnPremiseIsADependency() {
        WavePlan plan = new Estate().app("web").app("mainframe", Strategy.RETAIN)
            .targetComponent(Component.of("mf-gateway", "MF", "onprem.server", "mainframe",
                Props.empty()))
            .targetLink("web-ec2", "mf-gateway", Coupling.SOFT).plan();

        assertThat(plan.flags(Flag.RETAINED_DEPENDENCY)).singleElement()
            .satisfies(f -> assertThat(f.architecture()).isEqualTo(ArchitectureKind.TARGET));
    }

    @Test
    void aPinnedWaveOverCapacityIsAnError() {
        WavePlan plan = new Estate().maxPerWave(2).pinned("a", "wave-1").pinned("b", "wave-1")
            .pinned("c", "wave-1").app("d").plan();

        assertThat(plan.flags()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("wave.capacity-exceeded");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).startsWith("wave-1 holds 3 applications");
            assertThat(f.applications()).containsExactly("a", "b", "c");
        });
        assertThat(plan.waveOf("d").orElseThrow().id()).isEqualTo("wave-2");
    }

    @Test
    void aHardLinkedGroupBiggerThanAWaveMovesAsOneWithAWarning() {
        WavePlan plan = new Estate().maxPerWave(2).app("a").app("b").app("c")
            .hard("a", "b").hard("b", "c").plan();

        assertThat(plan.waves()).singleElement()
            .satisfies(w -> assertThat(w.applications()).containsExactly("a", "b", "c"));
        assertThat(plan.flags()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("wave.capacity-exceeded");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void aMovingApplicationWithoutTargetComponentsIsUnmapped() {
        var project = new Estate().app("web").build();
        var model = project.withArchitecture(ArchitectureKind.CURRENT, project.current()
            .plus(Component.of("legacy-srv", "L", "onprem.server", "legacy", Props.empty()))
            .plus(Component.of("legacy-db", "DB", "onprem.database", "legacy", Props.empty()))
            .plus(Component.of("users", "Users", "external.users", "legacy", Props.empty())));

        WavePlan plan = new DependencyWavePlanner().plan(model);

        assertThat(plan.flags()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("wave.unmapped");
            assertThat(f.applications()).containsExactly("legacy");
            assertThat(f.components()).containsExactly("legacy-srv", "legacy-db");
        });
    }

    @Test
    void anUnassignedComponentWithoutATargetBoxOfItsIdIsUnmapped() {
        WavePlan plan = new Estate().app("web")
            .component(Component.of("orphan", "Orphan", "onprem.server", null, Props.empty()))
            .component(Component.of("kept-id", "Kept", "onprem.server", null, Props.empty()))
            .targetComponent(Component.of("kept-id", "Kept", "aws.ec2", null, Props.empty()))
            .plan();

        assertThat(plan.flags()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("wave.unmapped");
            assertThat(f.applications()).containsExactly("orphan");
        });
    }

    @Test
    void retiredAndRetainedApplicationsAreNeverUnmapped() {
        WavePlan plan = new Estate().app("old", Strategy.RETIRE).app("kept", Strategy.RETAIN)
            .plan();

        assertThat(plan.flags(Flag.UNMAPPED)).isEmpty();
    }

    @Test
    void errorsComeFirstThenWarningsThenInformation() {
        WavePlan plan = new Estate().maxPerWave(1).app("a").app("b").app("c", Strategy.RETAIN)
            .pinned("x", "wave-1").pinned("y", "wave-2").hard("x", "y")
            .depends("a", "b").depends("a", "c").plan();

        assertThat(plan.flags()).extracting(Flag::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(plan.flags()).extracting(Flag::severity)
            .contains(Severity.ERROR, Severity.WARNING, Severity.INFO);
    }
}
