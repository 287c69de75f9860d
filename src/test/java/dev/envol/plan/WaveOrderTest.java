package dev.envol.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Criticality;
import dev.envol.model.InputException;
import dev.envol.model.Props;
import dev.envol.model.Strategy;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where applications land: dependency order, capacity, pins, risk and domain. */
class WaveOrderTest {

    private static String waveOf(WavePlan plan, String app) {
        return plan.waveOf(app).map(PlannedWave::id).orElse(null);
    }

    @Test
    void aDependencyMovesNoLaterThanItsDependant() {
        WavePlan plan = new Estate().app("web").app("api").app("db").maxPerWave(1)
            .depends("web", "api").depends("api", "db").plan();

        assertThat(plan.waves()).extracting(PlannedWave::applications)
            .containsExactly(List.of("db"), List.of("api"), List.of("web"));
    }

    @Test
    void dependenciesMayShareTheWaveOfTheirDependant() {
        WavePlan plan = new Estate().app("web").app("api").depends("web", "api").plan();

        assertThat(plan.waves()).hasSize(1);
        assertThat(plan.waves().get(0).applications()).containsExactlyInAnyOrder("web", "api");
    }

    @Test
    void eachWaveTakesNoMoreApplicationsThanTheCapacity() {
        Estate estate = new Estate().maxPerWave(3);
        for (int i = 1; i <= 7; i++) {
            estate.app("app-" + i);
        }
        WavePlan plan = estate.plan();

        assertThat(plan.waves()).extracting(w -> w.applications().size()).containsExactly(3, 3, 1);
        assertThat(plan.flags()).isEmpty();
    }

    @Test
    void maxServersPerWaveLimitsByServerCountWeightedByCount() {
        WavePlan plan = new Estate().maxPerWave(10).maxServers(10)
            .servers("a", 6).servers("b", 6).servers("c", 3).plan();

        assertThat(plan.waves()).allSatisfy(w -> assertThat(w.servers()).isLessThanOrEqualTo(10));
        assertThat(plan.waves()).hasSize(2);
        assertThat(plan.waves()).extracting(PlannedWave::servers).containsExactlyInAnyOrder(9, 6);
    }

    @Test
    void hardLinkedApplicationsMoveAsOneGroupInOneWave() {
        WavePlan plan = new Estate().maxPerWave(2).app("a").app("b").app("c").app("d")
            .hard("a", "b").plan();

        assertThat(waveOf(plan, "a")).isEqualTo(waveOf(plan, "b"));
        assertThat(plan.moveGroups()).filteredOn(g -> g.applications().size() > 1)
            .singleElement().satisfies(g -> {
                assertThat(g.applications()).containsExactly("a", "b");
                assertThat(g.wave()).isEqualTo(waveOf(plan, "a"));
            });
        assertThat(plan.moveGroups()).hasSize(3);
    }

    @Test
    void wavesStartEveryWaveLengthFromTheStartMonth() {
        WavePlan plan = new Estate().start(YearMonth.of(2026, 11)).waveLength(2).maxPerWave(1)
            .app("a").app("b").app("c").plan();

        assertThat(plan.waves()).extracting(PlannedWave::start).containsExactly(
            YearMonth.of(2026, 11), YearMonth.of(2027, 1), YearMonth.of(2027, 3));
        assertThat(plan.waves()).extracting(PlannedWave::id)
            .containsExactly("wave-1", "wave-2", "wave-3");
        assertThat(plan.waves()).extracting(PlannedWave::name)
            .containsExactly("Wave 1", "Wave 2", "Wave 3");
    }

    @Test
    void aPinnedApplicationStaysInItsWaveAndEmptyWavesAreLeftOut() {
        WavePlan plan = new Estate().app("a").pinned("late", "wave-4").plan();

        assertThat(waveOf(plan, "late")).isEqualTo("wave-4");
        assertThat(waveOf(plan, "a")).isEqualTo("wave-1");
        assertThat(plan.waves()).extracting(PlannedWave::id).containsExactly("wave-1", "wave-4");
        assertThat(plan.waveOf("late").orElseThrow().start()).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void aDependencyOfAPinnedApplicationGoesNoLaterThanThePin() {
        // without the pin's deadline, the low-risk applications would fill wave 1 first
        WavePlan plan = new Estate().maxPerWave(2)
            .app("low-1", Criticality.LOW).app("low-2", Criticality.LOW)
            .app("low-3", Criticality.LOW).app("shared", Criticality.HIGH)
            .pinned("pilot", "wave-1").depends("pilot", "shared").plan();

        assertThat(waveOf(plan, "pilot")).isEqualTo("wave-1");
        assertThat(waveOf(plan, "shared")).isEqualTo("wave-1");
        assertThat(plan.flags()).isEmpty();
    }

    @Test
    void aDependantWaitsForItsPinnedDependency() {
        WavePlan plan = new Estate().app("web").pinned("db", "wave-3").depends("web", "db").plan();

        assertThat(waveOf(plan, "web")).isEqualTo("wave-3");
    }

    @Test
    void lowerCriticalityGoesFirstSoTheFirstWaveIsAPilot() {
        WavePlan plan = new Estate().maxPerWave(1).app("core", Criticality.HIGH)
            .app("intranet", Criticality.LOW).app("billing", Criticality.MEDIUM).plan();

        assertThat(plan.waves()).extracting(w -> w.applications().get(0))
            .containsExactly("intranet", "billing", "core");
    }

    @Test
    void smallerGroupsGoBeforeBiggerOnesOfTheSameRisk() {
        WavePlan plan = new Estate().maxPerWave(2).app("a").app("b").hard("a", "b").app("solo")
            .plan();

        assertThat(plan.waves()).extracting(PlannedWave::applications)
            .containsExactly(List.of("solo"), List.of("a", "b"));
    }

    @Test
    void inACycleSplitAcrossWavesLowerRiskStillGoesFirst() {
        WavePlan plan = new Estate().maxPerWave(2).app("core", Criticality.HIGH)
            .app("intranet", Criticality.LOW).app("shared").depends("core", "shared")
            .depends("intranet", "shared").depends("shared", "core").depends("shared", "intranet")
            .plan();

        assertThat(plan.waves()).extracting(PlannedWave::applications)
            .containsExactly(List.of("intranet", "shared"), List.of("core"));
    }

    @Test
    void applicationsOfADomainStayClose() {
        WavePlan plan = new Estate().maxPerWave(2).app("horse-1", "horse").app("sport-1", "sport")
            .app("horse-2", "horse").app("sport-2", "sport").plan();

        assertThat(plan.waves()).extracting(PlannedWave::applications).containsExactly(
            List.of("horse-1", "horse-2"), List.of("sport-1", "sport-2"));
    }

    @Test
    void retiredApplicationsGetAWaveAndRetainedOnesNone() {
        WavePlan plan = new Estate().app("old", Strategy.RETIRE).app("mainframe", Strategy.RETAIN)
            .app("web").plan();

        assertThat(waveOf(plan, "old")).isEqualTo("wave-1");
        assertThat(plan.waveOf("mainframe")).isEmpty();
        assertThat(plan.moveGroups()).flatExtracting(MoveGroup::applications)
            .doesNotContain("mainframe");
        assertThat(plan.flags()).isEmpty(); // the retired one needs no target
    }

    @Test
    void aComponentWithoutApplicationIsItsOwnUnitAndExternalOnesAreNot() {
        WavePlan plan = new Estate().app("web")
            .component(Component.of("ntp", "NTP", "onprem.server", null, Props.empty()))
            .targetComponent(Component.of("ntp", "NTP", "aws.ec2", null, Props.empty()))
            .component(Component.of("users", "Users", "external.users", null, Props.empty()))
            .link("web-srv", "ntp", Coupling.SOFT).link("users", "web-srv", Coupling.SOFT)
            .maxPerWave(1).plan();

        assertThat(plan.waves()).extracting(PlannedWave::applications)
            .containsExactly(List.of("ntp"), List.of("web"));
    }

    @Test
    void linksInsideOneApplicationAreNotDependencies() {
        WavePlan plan = new Estate().app("web")
            .component(Component.of("web-db", "DB", "onprem.database", "web", Props.empty()))
            .link("web-srv", "web-db", Coupling.HARD).link("web-db", "web-srv", Coupling.SOFT)
            .plan();

        assertThat(plan.flags()).isEmpty();
        assertThat(plan.moveGroups()).singleElement()
            .satisfies(g -> assertThat(g.applications()).containsExactly("web"));
    }

    @Test
    void toModelWavesSavesIdsNamesStartsAndApplications() {
        WavePlan plan = new Estate().maxPerWave(1).app("a").app("b").depends("a", "b").plan();

        assertThat(plan.toModelWaves()).satisfiesExactly(
            w -> {
                assertThat(w.id()).isEqualTo("wave-1");
                assertThat(w.name()).isEqualTo("Wave 1");
                assertThat(w.start()).isEqualTo(YearMonth.of(2026, 3));
                assertThat(w.applications()).containsExactly("b");
            },
            w -> assertThat(w.applications()).containsExactly("a"));
    }

    @Test
    void aPinToASavedWaveWithACustomIdUsesItsPlace() {
        WavePlan plan = new Estate().savedWave("pilot").savedWave("bulk")
            .app("a").pinned("b", "bulk").plan();

        assertThat(waveOf(plan, "b")).isEqualTo("wave-2");
    }

    @Test
    void writeIntoSavesTheWavesAndRenamesPinsThatNameAWaveGone() {
        Estate estate = new Estate().savedWave("pilot").savedWave("bulk").app("a")
            .pinned("b", "bulk").pinned("c", "wave-1");
        var project = estate.build();

        var written = new DependencyWavePlanner().plan(project).writeInto(project);

        assertThat(written.waves()).extracting(w -> w.id()).containsExactly("wave-1", "wave-2");
        assertThat(written.application("b").orElseThrow().wave()).isEqualTo("wave-2");
        assertThat(written.application("c").orElseThrow().wave()).isEqualTo("wave-1");
        assertThat(written.application("a").orElseThrow().wave()).isNull();
        assertThat(new DependencyWavePlanner().plan(written).waves())
            .isEqualTo(new DependencyWavePlanner().plan(project).waves());
    }

    @Test
    void anUnknownPinOrAnImpossibleSettingIsBadInput() {
        assertThatThrownBy(() -> new Estate().pinned("a", "soon").plan())
            .isInstanceOf(InputException.class).hasMessageContaining("'a'")
            .hasMessageContaining("'soon'");
        assertThatThrownBy(() -> new Estate().app("a").maxPerWave(0).plan())
            .isInstanceOf(InputException.class)
            .hasMessageContaining("settings.maxApplicationsPerWave");
        assertThatThrownBy(() -> new Estate().app("a").waveLength(0).plan())
            .isInstanceOf(InputException.class).hasMessageContaining("settings.waveLengthMonths");
    }

    @Test
    void thePlanIsDeterministic() {
        Estate estate = new Estate().maxPerWave(2).app("a").app("b").app("c").app("d")
            .depends("a", "b").depends("b", "a").hard("c", "d").depends("d", "a");

        assertThat(new DependencyWavePlanner().plan(estate.build()))
            .isEqualTo(new DependencyWavePlanner().plan(estate.build()));
    }
}
