package dev.envol.cost;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the migration costs and when it pays back: a month-by-month timeline over the horizon of
 * the as-is estate against the migration path (current components until their application's
 * wave cuts over plus the dual-run months, target components from the wave's start, migration
 * effort spread over the wave's months), with TCO of both, break-even and NPV.
 *
 * @param migrationCost   one-time cost of the planned applications (effort days x day rate)
 * @param currentTco      the as-is run rate over the horizon
 * @param targetTco       the migration path over the horizon, migration cost included
 * @param breakEvenMonth  the first month from which cumulative savings stay at or above 0, or
 *                        {@code null} when that does not happen within the horizon
 * @param npv             net present value of the monthly savings at {@code discountRate}
 *                        (annual rate, discounted monthly at a twelfth of it, end of month)
 * @param waveOrigin      where the waves came from ({@link WaveSource#origin()})
 */
public record BusinessCase(String currency, YearMonth startMonth, int horizonMonths,
                           BigDecimal migrationCost, BigDecimal currentTco, BigDecimal targetTco,
                           YearMonth breakEvenMonth, BigDecimal npv, List<MonthCost> months,
                           List<ApplicationMigration> applications, String waveOrigin) {
    public BusinessCase {
        Objects.requireNonNull(currency, "currency");
        months = List.copyOf(months);
        applications = List.copyOf(applications);
    }

    /** The business case of a report, with the model's saved waves (or a plan made for it). */
    public static BusinessCase from(CostReport report) {
        return from(report, WaveSource.of(report.project()));
    }

    /** The business case with given waves (the wave panel's unsaved plan, a what-if). */
    public static BusinessCase from(CostReport report, WaveSource waves) {
        return new TimelineBuilder(report, waves).build();
    }

    public Optional<YearMonth> breakEven() {
        return Optional.ofNullable(breakEvenMonth);
    }

    /** Savings over the horizon: current TCO minus target TCO. */
    public BigDecimal totalSavings() {
        return currentTco.subtract(targetTco);
    }
}
