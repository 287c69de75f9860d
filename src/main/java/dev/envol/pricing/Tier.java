package dev.envol.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One volume tier of a tiered item: the monthly quantity from {@code fromUnits} (inclusive) to
 * {@code toUnits} (exclusive; {@code null} = no upper bound) is billed {@code usdPerUnit}.
 */
public record Tier(BigDecimal fromUnits, BigDecimal toUnits, BigDecimal usdPerUnit, String source,
                   LocalDate asOf) {
    public Tier {
        Objects.requireNonNull(fromUnits, "fromUnits");
        Objects.requireNonNull(usdPerUnit, "usdPerUnit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        if (toUnits != null && toUnits.compareTo(fromUnits) <= 0) {
            throw new IllegalArgumentException("tier ends (" + toUnits.toPlainString()
                + ") before it starts (" + fromUnits.toPlainString() + ")");
        }
    }

    /** The part of a monthly {@code total} that falls in this tier (0 when below it). */
    public BigDecimal quantityOf(BigDecimal total) {
        if (total.compareTo(fromUnits) <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal top = toUnits == null || total.compareTo(toUnits) < 0 ? total : toUnits;
        return top.subtract(fromUnits);
    }
}
