package dev.envol.cost;

import dev.envol.pricing.PriceTiers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * How a line of an item AWS bills by monthly volume was priced. Either the item's total in its
 * architecture and region (and CPU architecture for Lambda) split over its tiers, the line
 * carrying its pro-rata share; or, when only the first rate is known, a flag that the line is an
 * upper bound ({@link #firstTierOnly()}).
 *
 * @param group         what was tiered, e.g. "cloudfront data-out global"
 * @param totalQuantity the monthly total of the item over every line that shares it
 * @param totalAmount   its tiered cost, in the model currency
 * @param uses          the tiers that total reaches, in the model currency
 * @param sharers       how many lines share the total
 * @param usdTiers      the catalog's tiers (USD), to re-tier another total (the timeline)
 * @param usdToCurrency the exchange rate the amounts were converted with
 */
public record LineTiers(String group, boolean firstTierOnly, BigDecimal totalQuantity,
                        BigDecimal totalAmount, List<TierUse> uses, int sharers,
                        PriceTiers usdTiers, BigDecimal usdToCurrency) {
    /** The text JSON, tables and workbooks show for a first-tier-only line. */
    public static final String FIRST_TIER_ONLY = "first-tier only";

    public LineTiers {
        Objects.requireNonNull(group, "group");
        uses = List.copyOf(uses);
    }

    static LineTiers firstTierOnly(String group, PriceTiers tiers, BigDecimal usdToCurrency) {
        return new LineTiers(group, true, null, null, List.of(), 1, tiers, usdToCurrency);
    }

    /** Whether the line was split over several known tiers. */
    public boolean isTiered() {
        return !firstTierOnly;
    }

    /** The tiered cost of another monthly total of the same item, in the model currency. */
    public BigDecimal costOf(BigDecimal total) {
        return usdTiers.cost(total).multiply(usdToCurrency);
    }

    /** The line's share of the total (1 for a line alone). */
    public BigDecimal share(BigDecimal quantity) {
        return totalQuantity == null || totalQuantity.signum() == 0 ? BigDecimal.ONE
            : quantity.divide(totalQuantity, MathContext.DECIMAL64);
    }

    /**
     * One tier reached by the total.
     *
     * @param toUnits  exclusive end, or {@code null} for an open tier
     * @param assumed  beyond the last known tier, billed at its rate (an upper bound)
     */
    public record TierUse(BigDecimal fromUnits, BigDecimal toUnits, BigDecimal quantity,
                          BigDecimal unitPrice, BigDecimal amount, boolean assumed) {
    }
}
