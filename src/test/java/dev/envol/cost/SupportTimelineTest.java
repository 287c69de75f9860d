package dev.envol.cost;

import static dev.envol.cost.TestProjects.app;
import static dev.envol.cost.TestProjects.component;
import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.AwsSupport;
import dev.envol.model.Project;
import dev.envol.model.Strategy;
import dev.envol.model.Wave;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The support plan is priced on each month's AWS spend of the migration path, not on the final
 * run rate: it starts with the first wave and grows as applications move. Business plan, EUR at
 * 0.92, typed AWS amounts (aws.other) so the arithmetic is plain.
 */
class SupportTimelineTest {
    private final InMemoryPriceCatalog prices = InMemoryPriceCatalog.sample();

    /** a: 20,000 USD of AWS from 2026-03; b: 70,000 USD of AWS (+ a team) from 2026-06. */
    private Project project(AwsSupport plan) {
        return TestProjects.project(TestProjects.settings().withAwsSupport(plan),
            List.of(app("a", "d", Strategy.REHOST), app("b", "d", Strategy.REHOST)),
            List.of(component("a-old", "onprem.server", "a", "hostingMonthly", 30000),
                component("b-old", "onprem.server", "b", "hostingMonthly", 90000)),
            List.of(component("a-aws", "aws.other", "a", "monthlyUsd", 20000),
                component("b-aws", "aws.other", "b", "monthlyUsd", 70000),
                component("b-team", "org.team", "b", "staffFte", 1)),
            List.of(Wave.of("w1", "W1", YearMonth.of(2026, 3), List.of("a")),
                Wave.of("w2", "W2", YearMonth.of(2026, 6), List.of("b"))));
    }

    @Test
    void supportFollowsTheMigratedSpendMonthByMonth() {
        CostReport report = new CostEngine().estimate(project(AwsSupport.BUSINESS), prices);
        BusinessCase bc = BusinessCase.from(report);
        // Jan, Feb: nothing on AWS yet, so no support plan either
        assertThat(bc.months().get(0).support()).isEqualByComparingTo("0");
        assertThat(bc.months().get(1).support()).isEqualByComparingTo("0");
        // Mar to May: 20,000 USD of AWS = 18,400 EUR; 10 % x 10,000 + 7 % x 10,000 = 1,700 USD
        // = 1,564 EUR
        for (int m = 2; m < 5; m++) {
            assertThat(bc.months().get(m).awsCharges()).isEqualByComparingTo("18400");
            assertThat(bc.months().get(m).support()).isEqualByComparingTo("1564");
        }
        // from June: 90,000 USD; 1,000 + 7 % x 70,000 + 5 % x 10,000 = 6,400 USD = 5,888 EUR
        for (int m = 5; m < 12; m++) {
            assertThat(bc.months().get(m).support()).isEqualByComparingTo("5888");
        }
        // the team is not AWS spend: target = 82,800 EUR of AWS + 8,000 of staff + support
        MonthCost june = bc.months().get(5);
        assertThat(june.target()).isEqualByComparingTo(new BigDecimal("82800").add(
            new BigDecimal("8000")).add(new BigDecimal("5888")));
        // the report's steady state is the last month's
        assertThat(report.target().support().monthly()).isEqualByComparingTo("5888");
        assertThat(report.target().monthly()).isEqualByComparingTo(june.target());
        assertThat(report.target().byCategory().get(CostCategory.SUPPORT))
            .isEqualByComparingTo("5888");
        // support belongs to no application
        assertThat(report.target().application("b")).isEqualByComparingTo("72400");
    }

    @Test
    void theSupportPlanCostsTheNpvWhatItCostsEachMonth() {
        CostReport basic = new CostEngine().estimate(project(AwsSupport.BASIC), prices);
        CostReport business = new CostEngine().estimate(project(AwsSupport.BUSINESS), prices);
        BusinessCase without = BusinessCase.from(basic);
        BusinessCase with = BusinessCase.from(business);
        assertThat(basic.target().support().monthly()).isEqualByComparingTo("0");
        assertThat(basic.target().byCategory()).doesNotContainKey(CostCategory.SUPPORT);
        // 3 months x 1,564 + 7 months x 5,888 = 45,908 EUR more on the migration path
        assertThat(with.targetTco().subtract(without.targetTco()))
            .isEqualByComparingTo("45908");
    }
}
