package dev.envol.cost;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of the business case timeline, in the model currency.
 *
 * @param asIs              the current estate's run rate (what staying put costs)
 * @param current           current components still running on the migration path
 * @param target            target components already running on the migration path
 *                          (the AWS Support plan included)
 * @param oneTime           migration effort spent this month
 * @param cumulativeSavings as-is minus migration path, summed from the first month
 * @param support           of {@code target}, the AWS Support plan priced on this month's AWS
 *                          charges (the AWS components already running)
 * @param awsCharges        the AWS charges of the target components already running, the
 *                          figure {@code support} is priced on
 */
public record MonthCost(YearMonth month, BigDecimal asIs, BigDecimal current, BigDecimal target,
                        BigDecimal oneTime, BigDecimal cumulativeSavings, BigDecimal support,
                        BigDecimal awsCharges) {
    /** A month without AWS Support. */
    public MonthCost(YearMonth month, BigDecimal asIs, BigDecimal current, BigDecimal target,
                     BigDecimal oneTime, BigDecimal cumulativeSavings) {
        this(month, asIs, current, target, oneTime, cumulativeSavings, BigDecimal.ZERO,
            BigDecimal.ZERO);
    }

    /** The migration path's cost this month. */
    public BigDecimal migrationPath() {
        return current.add(target).add(oneTime);
    }

    public BigDecimal savings() {
        return asIs.subtract(migrationPath());
    }
}
