package dev.envol.cost;

import dev.envol.model.Strategy;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * How one application enters the business case.
 *
 * @param wave        the wave id, or {@code null} when the plan does not include it: it keeps
 *                    its current cost and costs no migration effort (a retained application,
 *                    in no wave by nature, still costs its effort, at the start)
 * @param cutover     the wave's start month, or {@code null}
 * @param oneTimeCost effort days x day rate
 * @param dualRunMonths months from {@code cutover} (included) while both sides run and are paid
 *                      ({@link DualRunning}); 0 when it does not move in the plan
 */
public record ApplicationMigration(String application, Strategy strategy, String wave,
                                   YearMonth cutover, BigDecimal effortDays,
                                   BigDecimal oneTimeCost, BigDecimal currentMonthly,
                                   BigDecimal targetMonthly, int dualRunMonths) {
    public boolean planned() {
        return wave != null;
    }
}
