package dev.envol.cost;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One assumption of the sensitivity analysis, tried at a low and a high value with everything
 * else as modelled.
 *
 * @param assumption    the stable key ({@code target-run-rate}, {@code usdToCurrency}, ...)
 * @param label         for a person ("Target run rate -20 % / +20 %")
 * @param base          the value the model uses (a run rate and the migration cost in the model
 *                      currency, a rate, a number of months)
 * @param low           the low value tried, in the unit of {@code base}
 * @param high          the high value tried
 * @param breakEvenLow  the break-even month at the low value, or {@code null} when none
 */
public record SensitivityRow(String assumption, String label, BigDecimal base, BigDecimal low,
                             BigDecimal high, BigDecimal npvLow, BigDecimal npvHigh,
                             YearMonth breakEvenLow, YearMonth breakEvenHigh) {
    public SensitivityRow {
        Objects.requireNonNull(assumption, "assumption");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(npvLow, "npvLow");
        Objects.requireNonNull(npvHigh, "npvHigh");
    }

    /** How far the NPV moves between the two values tried: the bar's length in a tornado. */
    public BigDecimal swing() {
        return npvHigh.subtract(npvLow).abs();
    }
}
