package dev.envol.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.generate.EstateGenerator;
import dev.envol.model.Project;
import dev.envol.model.Strategy;
import dev.envol.pricing.PriceCatalogs;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants over generated estates (seeded, so a failure can be replayed). */
class GeneratedEstateTest {
    private final CostEngine engine = new CostEngine();

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void totalsAreSumsOfLinesAndTheLastMonthIsTheNewRunRate(long seed) {
        Project estate = new EstateGenerator(seed).generate(60);
        CostReport report = engine.estimate(estate, PriceCatalogs.embedded());
        for (ArchitectureCost arch : new ArchitectureCost[] {report.current(), report.target()}) {
            BigDecimal lines = BigDecimal.ZERO;
            int unpriced = 0;
            for (ComponentCost c : arch.components()) {
                BigDecimal own = c.lines().stream().map(CostLine::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(own).isEqualByComparingTo(c.monthly());
                lines = lines.add(own);
                unpriced += c.isUnpriced() ? 1 : 0;
            }
            assertThat(lines).isEqualByComparingTo(arch.monthly());
            assertThat(arch.unpricedCount()).isEqualTo(unpriced);
            assertThat(sum(arch.byApplication().values())).isEqualByComparingTo(arch.monthly());
            assertThat(sum(arch.byCategory().values())).isEqualByComparingTo(arch.monthly());
        }

        BusinessCase bc = BusinessCase.from(report);
        int dual = estate.settings().dualRunMonths();
        int last = bc.months().size() - 1;
        BigDecimal stays = BigDecimal.ZERO;
        BigDecimal runs = BigDecimal.ZERO;
        java.time.YearMonth first = null;
        for (ApplicationMigration m : bc.applications()) {
            BigDecimal current = report.current().application(m.application());
            BigDecimal target = report.target().application(m.application());
            if (m.cutover() == null || m.strategy() == Strategy.RETAIN) {
                stays = stays.add(current);
                if (m.cutover() == null) {
                    continue;
                }
            }
            first = first == null || m.cutover().isBefore(first) ? m.cutover() : first;
            int cutover = monthIndex(estate, m.cutover());
            if (m.strategy() == Strategy.RETIRE && last < cutover) {
                stays = stays.add(current);
            } else if (m.strategy().moves()) {
                stays = last < cutover + dual ? stays.add(current) : stays;
                runs = last >= cutover ? runs.add(target) : runs;
            }
        }
        BigDecimal sharedCurrent = report.current().application(CostReport.UNASSIGNED);
        BigDecimal sharedTarget = report.target().application(CostReport.UNASSIGNED);
        if (first == null || last < monthIndex(estate, first) + dual) {
            stays = stays.add(sharedCurrent);
        }
        if (first != null && last >= monthIndex(estate, first)) {
            runs = runs.add(sharedTarget);
        }
        MonthCost lastMonth = bc.months().get(last);
        assertThat(lastMonth.current()).isEqualByComparingTo(stays);
        assertThat(lastMonth.target()).isEqualByComparingTo(runs);
        assertThat(bc.currentTco().subtract(bc.targetTco()))
            .isEqualByComparingTo(lastMonth.cumulativeSavings());
    }

    private static int monthIndex(Project estate, java.time.YearMonth month) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(
            estate.settings().startMonth(), month);
    }

    private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
