package dev.envol.cost;

import static dev.envol.cost.TestProjects.app;
import static dev.envol.cost.TestProjects.component;
import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Project;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import dev.envol.model.Wave;
import dev.envol.plan.DependencyWavePlanner;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An estate of 1,800 EUR a month: app "a" (rehost, 1,000 -> 230 on AWS), "r" (retain, 500),
 * "x" (retire, 200) and 100 of shared components (-> 46 on AWS). Wave 1 (2026-03) moves a and
 * retires x; wave 2 (2026-06) holds r. Two dual-run months, one-month waves, 650 a day.
 */
class BusinessCaseTest {
    private final CostEngine engine = new CostEngine();
    private final InMemoryPriceCatalog prices = InMemoryPriceCatalog.sample();

    private Project estate(Settings settings, List<Wave> waves) {
        return TestProjects.project(settings,
            List.of(app("a", "d", Strategy.REHOST), app("r", "d", Strategy.RETAIN),
                app("x", "d", Strategy.RETIRE)),
            List.of(component("a-srv", "onprem.server", "a", "hostingMonthly", 1000),
                component("r-srv", "onprem.server", "r", "hostingMonthly", 500),
                component("x-srv", "onprem.server", "x", "hostingMonthly", 200),
                component("net", "onprem.network", null, "hostingMonthly", 100)),
            List.of(component("a-aws", "aws.other", "a", "monthlyUsd", 250),
                component("shared-aws", "aws.other", null, "monthlyUsd", 50)),
            waves);
    }

    private static List<Wave> twoWaves() {
        return List.of(Wave.of("wave-1", "Wave 1", YearMonth.of(2026, 3), List.of("a", "x")),
            Wave.of("wave-2", "Wave 2", YearMonth.of(2026, 6), List.of("r")));
    }

    private BusinessCase caseOf(Settings settings) {
        return BusinessCase.from(engine.estimate(estate(settings, twoWaves()), prices));
    }

    @Test
    void monthsFollowTheRunRatesOfTheApplicationsMovedByThen() {
        BusinessCase bc = caseOf(TestProjects.settings());
        MonthCost january = bc.months().get(0);
        assertThat(january.asIs()).isEqualByComparingTo("1800");
        assertThat(january.current()).isEqualByComparingTo("1800");
        assertThat(january.target()).isZero();
        // March: a's and the shared target start (230 + 46); x retired; a and shared still
        // run on premises (dual run); effort of a (5 d) and x (2 d) x 650 = 4,550
        MonthCost march = bc.months().get(2);
        assertThat(march.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(march.target()).isEqualByComparingTo("276");
        assertThat(march.current()).isEqualByComparingTo("1600");
        assertThat(march.oneTime()).isEqualByComparingTo("4550");
        // May, after two dual-run months: only the retained r stays on premises
        MonthCost may = bc.months().get(4);
        assertThat(may.current()).isEqualByComparingTo("500");
        assertThat(may.target()).isEqualByComparingTo("276");
        assertThat(may.oneTime()).isZero();
        assertThat(bc.migrationCost()).isEqualByComparingTo("4550");
    }

    @Test
    void tcoAndCumulativeSavingsAddUp() {
        BusinessCase bc = caseOf(TestProjects.settings());
        // savings: 0 in January and February, 1800 - (1600 + 276 + 4550) = -4626 in March,
        // 1800 - 1876 = -76 in April, then 1800 - 776 = 1024 a month for 8 months
        assertThat(bc.months().get(3).cumulativeSavings()).isEqualByComparingTo("-4702");
        assertThat(bc.months().get(11).cumulativeSavings())
            .isEqualByComparingTo(String.valueOf(-4702 + 8 * 1024));
        assertThat(bc.currentTco()).isEqualByComparingTo(String.valueOf(12 * 1800));
        assertThat(bc.currentTco().subtract(bc.targetTco()))
            .isEqualByComparingTo(bc.months().get(11).cumulativeSavings());
    }

    @Test
    void breakEvenIsTheFirstMonthFromWhichCumulativeSavingsStayPositive() {
        // -4702 after April; 1024 a month from May: 5 months (5120) -> September 2026
        BusinessCase bc = caseOf(TestProjects.settings());
        assertThat(bc.breakEvenMonth()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(bc.months().get(7).cumulativeSavings()).isNegative();
        assertThat(bc.months().get(8).cumulativeSavings()).isNotNegative();
    }

    @Test
    void noBreakEvenWithinAShortHorizon() {
        assertThat(caseOf(TestProjects.settings(6, new BigDecimal("0.08"))).breakEvenMonth())
            .isNull();
    }

    @Test
    void npvWithoutDiscountIsTheSumOfSavingsAndDiscountingLowersGains() {
        BusinessCase flat = caseOf(TestProjects.settings(12, BigDecimal.ZERO));
        assertThat(flat.npv()).isEqualByComparingTo(flat.months().get(11).cumulativeSavings());
        // one month at 12 %/year: the first month's savings divided by 1.01
        BusinessCase one = caseOf(TestProjects.settings(1, new BigDecimal("0.12")));
        assertThat(one.npv()).isEqualByComparingTo(one.months().get(0).cumulativeSavings()
            .divide(new BigDecimal("1.01"), MathContext.DECIMAL128));
    }

    @Test
    void withoutSavedWavesTheWavePlannersPlanDrivesTheTimeline() {
        Project unplanned = estate(TestProjects.settings(), List.of());
        List<Wave> planned = new DependencyWavePlanner().plan(unplanned).toModelWaves();
        BusinessCase bc = BusinessCase.from(engine.estimate(unplanned, prices));
        assertThat(bc.waveOrigin()).isEqualTo("planned");
        for (ApplicationMigration m : bc.applications()) {
            YearMonth expected = planned.stream()
                .filter(w -> w.applications().contains(m.application())).map(Wave::start)
                .findFirst().orElse(null);
            assertThat(m.cutover()).as(m.application()).isEqualTo(expected);
        }
        // the moving application "a" cuts over in its planned wave
        ApplicationMigration a = bc.applications().get(0);
        assertThat(a.cutover()).isNotNull();
        int cutover = (int) java.time.temporal.ChronoUnit.MONTHS.between(
            YearMonth.of(2026, 1), a.cutover());
        assertThat(bc.months().get(cutover).target()).isGreaterThanOrEqualTo(
            new BigDecimal("230"));
        // the retained application stays, in no wave, at its current cost all along
        assertThat(bc.applications().get(1).cutover()).isNull();
        assertThat(bc.months().get(11).current()).isGreaterThanOrEqualTo(new BigDecimal("500"));
    }

    @Test
    void effortDaysOfTheApplicationOverrideTheStrategyDefault() {
        Project p = estate(TestProjects.settings(), twoWaves());
        p = p.withApplications(List.of(
            new dev.envol.model.Application("a", "a", "d", Strategy.REHOST, null, null,
                BigDecimal.valueOf(20), null, null),
            p.applications().get(1), p.applications().get(2)));
        BusinessCase bc = BusinessCase.from(engine.estimate(p, prices));
        // 20 d + 2 d (retire) + 0 d (retain) = 22 x 650
        assertThat(bc.migrationCost()).isEqualByComparingTo(String.valueOf(22 * 650));
    }

    @Test
    void applicationsOutsideTheSavedPlanKeepTheirCurrentCost() {
        BusinessCase bc = BusinessCase.from(engine.estimate(estate(TestProjects.settings(),
            List.of(Wave.of("w", "W", YearMonth.of(2026, 1), List.of("x")))), prices));
        assertThat(bc.applications().get(0).planned()).isFalse();
        // a (1000) and r (500) stay; x retired; shared moved with the first wave after 2 months
        assertThat(bc.months().get(5).current()).isEqualByComparingTo("1500");
        assertThat(bc.months().get(5).target()).isEqualByComparingTo("46");
    }
}
