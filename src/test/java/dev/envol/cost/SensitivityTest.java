package dev.envol.cost;

import static dev.envol.cost.TestProjects.app;
import static dev.envol.cost.TestProjects.component;
import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.AwsSupport;
import dev.envol.model.Project;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import dev.envol.model.Wave;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each assumption moves the NPV and the break-even the way a finance reader expects, the rows come
 * largest swing first, and the shortcuts the analysis takes (scaling priced lines instead of
 * pricing again) give what a full re-estimate gives.
 */
class SensitivityTest {
    private final InMemoryPriceCatalog prices = InMemoryPriceCatalog.sample();
    private final CostEngine engine = new CostEngine();

    private Project project(int dualRunMonths) {
        Settings s = TestProjects.settings(36, new BigDecimal("0.08"))
            .withAwsSupport(AwsSupport.BUSINESS);
        s = s.withBusinessCase(dualRunMonths, s.dayRate(), s.discountRate());
        return TestProjects.project(s,
            List.of(app("a", "d", Strategy.REFACTOR), app("b", "d", Strategy.REPLATFORM)),
            List.of(component("a-old", "onprem.server", "a", "hostingMonthly", 30000),
                component("b-old", "onprem.server", "b", "hostingMonthly", 50000),
                component("ops", "org.team", "b", "managedServicesMonthly", 20000)),
            List.of(component("a-aws", "aws.other", "a", "monthlyUsd", 15000),
                component("b-aws", "aws.other", "b", "monthlyUsd", 30000),
                component("devops", "org.team", "b", "staffFte", 2)),
            List.of(Wave.of("w1", "W1", YearMonth.of(2026, 3), List.of("a")),
                Wave.of("w2", "W2", YearMonth.of(2026, 6), List.of("b"))));
    }

    private Map<String, SensitivityRow> rows(Project project) {
        return Sensitivity.of(engine.estimate(project, prices)).stream()
            .collect(Collectors.toMap(SensitivityRow::assumption, Function.identity()));
    }

    @Test
    void everyAssumptionMovesTheNpvTheRightWay() {
        Map<String, SensitivityRow> rows = rows(project(2));
        assertThat(rows).containsOnlyKeys("target-run-rate", "current-run-rate",
            "migration-cost", "usdToCurrency", "dualRunMonths", "discountRate");
        // costs up, NPV down: the target run rate, the migration, the dollar, dual running
        for (String cost : List.of("target-run-rate", "migration-cost", "usdToCurrency",
            "dualRunMonths", "discountRate")) {
            SensitivityRow r = rows.get(cost);
            assertThat(r.low()).as(cost).isLessThan(r.high());
            assertThat(r.npvLow()).as(cost).isGreaterThan(r.npvHigh());
        }
        // a dearer as-is estate makes leaving it worth more
        SensitivityRow current = rows.get("current-run-rate");
        assertThat(current.npvLow()).isLessThan(current.npvHigh());
        // and pays back sooner
        assertThat(current.breakEvenHigh()).isBeforeOrEqualTo(current.breakEvenLow());
        SensitivityRow target = rows.get("target-run-rate");
        assertThat(target.breakEvenLow()).isBeforeOrEqualTo(target.breakEvenHigh());
        // the values tried
        assertThat(rows.get("dualRunMonths").low()).isEqualByComparingTo("1");
        assertThat(rows.get("dualRunMonths").high()).isEqualByComparingTo("3");
        assertThat(rows.get("discountRate").low()).isEqualByComparingTo("0.06");
        assertThat(rows.get("discountRate").high()).isEqualByComparingTo("0.10");
        assertThat(rows.get("usdToCurrency").low()).isEqualByComparingTo("0.828");
        assertThat(rows.get("current-run-rate").high()).isEqualByComparingTo("120000");
    }

    @Test
    void rowsComeLargestSwingFirst() {
        List<SensitivityRow> rows = Sensitivity.of(engine.estimate(project(2), prices));
        assertThat(rows).hasSize(6);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i - 1).swing()).isGreaterThanOrEqualTo(rows.get(i).swing());
        }
        assertThat(rows.get(0).swing()).isGreaterThan(rows.get(5).swing());
    }

    @Test
    void dualRunningNeverGoesBelowZeroMonths() {
        SensitivityRow dual = rows(project(0)).get("dualRunMonths");
        assertThat(dual.low()).isEqualByComparingTo("0");
        assertThat(dual.npvLow()).isEqualByComparingTo(
            BusinessCase.from(engine.estimate(project(0), prices)).npv());
    }

    @Test
    void shortcutsEqualAFullReEstimate() {
        Project project = project(2);
        Map<String, SensitivityRow> rows = rows(project);
        Settings s = project.settings();
        // the exchange rate: every AWS line and the support's band edges move with it
        Project cheaperDollar = project.withSettings(s.withUsdToCurrency(new BigDecimal("0.828")));
        assertThat(cents(rows.get("usdToCurrency").npvLow())).isEqualTo(
            cents(BusinessCase.from(engine.estimate(cheaperDollar, prices)).npv()));
        // the migration cost: effort days x a day rate 30 % higher
        Project dearer = project.withSettings(s.withBusinessCase(2,
            s.dayRate().multiply(new BigDecimal("1.3")), s.discountRate()));
        BusinessCase dearerCase = BusinessCase.from(engine.estimate(dearer, prices));
        assertThat(cents(rows.get("migration-cost").npvHigh())).isEqualTo(
            cents(dearerCase.npv()));
        assertThat(cents(rows.get("migration-cost").high())).isEqualTo(
            cents(dearerCase.migrationCost()));
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
