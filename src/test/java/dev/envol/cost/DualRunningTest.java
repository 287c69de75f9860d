package dev.envol.cost;

import static dev.envol.cost.TestProjects.component;
import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Application;
import dev.envol.model.Criticality;
import dev.envol.model.Cutover;
import dev.envol.model.CutoverMethod;
import dev.envol.model.Project;
import dev.envol.model.Strategy;
import dev.envol.model.Wave;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dual running from each application's cut-over, in the timeline. Settings: 12 months from
 * 2026-01, EUR at 0.92 per USD, dualRunMonths 2, waves of 1 month (TestProjects.settings()).
 */
class DualRunningTest {
    private final CostEngine engine = new CostEngine();
    private final InMemoryPriceCatalog prices = InMemoryPriceCatalog.sample();

    /**
     * "web" (internet-facing, with {@code cutover}), "api" (internet-facing, default cut-over)
     * and "batch" (internal: the implied big bang), all in one wave starting 2026-03. Each costs
     * 1,000 a month on premises and 100 USD (92 EUR) on AWS.
     */
    private BusinessCase caseOf(Cutover webCutover) {
        Application web = new Application("web", "Web", "d", Strategy.REHOST, Criticality.MEDIUM,
            null, null, null, null, webCutover);
        Project p = TestProjects.project(TestProjects.settings(),
            List.of(web, TestProjects.app("api", "d", Strategy.REHOST),
                TestProjects.app("batch", "d", Strategy.REHOST)),
            List.of(component("web-srv", "onprem.server", "web", "hostingMonthly", 1000),
                component("api-srv", "onprem.server", "api", "hostingMonthly", 1000),
                component("batch-srv", "onprem.server", "batch", "hostingMonthly", 1000)),
            List.of(component("web-aws", "aws.other", "web", "monthlyUsd", 100)
                    .withPublicEndpoint(true),
                component("api-aws", "aws.other", "api", "monthlyUsd", 100).withPublicEndpoint(true),
                component("batch-aws", "aws.other", "batch", "monthlyUsd", 100)),
            List.of(Wave.of("wave-1", "Wave 1", YearMonth.of(2026, 3),
                List.of("web", "api", "batch"))));
        return BusinessCase.from(engine.estimate(p, prices));
    }

    private static int dualRun(BusinessCase bc, String app) {
        return bc.applications().stream().filter(m -> m.application().equals(app)).findFirst()
            .orElseThrow().dualRunMonths();
    }

    @Test
    void eachApplicationRunsOnPremisesUntilItsOwnCutoverEnds() {
        // web: 10 % on 2026-03-01, 100 % on 03-11 (one step of 10 days), warm 5 days: off on
        // 03-16, last day up 03-15 -> March only: 1 month.
        // api: the weighted-DNS default: 5/25/50/100 % on 03-01, 03-08, 03-15, 03-22, warm 14
        // days: off on 04-05, last day up 04-04 -> March and April: 2 months.
        // batch: internal, no cut-over of its own: dualRunMonths = 2 (March and April).
        BusinessCase bc = caseOf(new Cutover(CutoverMethod.WEIGHTED_DNS, List.of(10, 100), 10, 5,
            null));

        assertThat(dualRun(bc, "web")).isEqualTo(1);
        assertThat(dualRun(bc, "api")).isEqualTo(2);
        assertThat(dualRun(bc, "batch")).isEqualTo(2);
        // February: all three on premises: 3 x 1,000 = 3,000; nothing on AWS yet
        assertThat(bc.months().get(1).current()).isEqualByComparingTo("3000");
        assertThat(bc.months().get(1).target()).isZero();
        // March: all three run on both sides: 3,000 on premises + 3 x 92 = 276 on AWS
        assertThat(bc.months().get(2).current()).isEqualByComparingTo("3000");
        assertThat(bc.months().get(2).target()).isEqualByComparingTo("276");
        // April: web is off on premises; api and batch still run there: 2 x 1,000 = 2,000
        assertThat(bc.months().get(3).current()).isEqualByComparingTo("2000");
        // May: everything is on AWS only
        assertThat(bc.months().get(4).current()).isZero();
        assertThat(bc.months().get(4).target()).isEqualByComparingTo("276");
    }

    @Test
    void aLongCutoverKeepsTheOnPremiseSideLonger() {
        // 5/25/50/100 % 30 days apart from 2026-03-01: 100 % on 05-30 (90 days), warm 30 days:
        // off on 06-29, last day up 06-28 -> March to June: 4 months, i.e. 2 more than
        // dualRunMonths: 2 x 1,000 more on premises than with the flat setting.
        BusinessCase bc = caseOf(new Cutover(CutoverMethod.WEIGHTED_DNS, List.of(5, 25, 50, 100),
            30, 30, null));

        assertThat(dualRun(bc, "web")).isEqualTo(4);
        assertThat(bc.months().get(4).current()).as("May: web alone").isEqualByComparingTo("1000");
        assertThat(bc.months().get(5).current()).as("June: web alone").isEqualByComparingTo("1000");
        assertThat(bc.months().get(6).current()).as("July").isZero();
        // over the year, the on-premise side costs: 2 months x 3,000 before the wave
        // + March and April x 3,000 + May and June x 1,000 = 6,000 + 6,000 + 2,000 = 14,000
        java.math.BigDecimal onPremises = bc.months().stream().map(MonthCost::current)
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(onPremises).isEqualByComparingTo("14000");
    }
}
