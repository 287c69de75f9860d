package dev.envol.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One priced line of a component's monthly run rate: {@code quantity x unitPrice = amount}.
 *
 * @param item      what is paid for, for a person ("instance hours (m5.large, linux)")
 * @param unit      the unit of {@code quantity} and of {@code unitPrice} ("hour", "GB-month")
 * @param unitPrice in the model currency, exact (converted from USD for AWS prices)
 * @param source    where the unit price comes from (the price catalog's source, or the model)
 * @param asOf      the date of the price, or {@code null} for figures typed into the model
 * @param tiers     for an item billed by volume tiers, how it was tiered (then {@code unitPrice}
 *                  is the blended rate); {@code null} otherwise
 */
public record CostLine(String item, BigDecimal quantity, String unit, BigDecimal unitPrice,
                       BigDecimal amount, String source, LocalDate asOf, CostCategory category,
                       LineTiers tiers) {
    public CostLine(String item, BigDecimal quantity, String unit, BigDecimal unitPrice,
                    BigDecimal amount, String source, LocalDate asOf, CostCategory category) {
        this(item, quantity, unit, unitPrice, amount, source, asOf, category, null);
    }

    public CostLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(category, "category");
    }

    static CostLine of(String item, BigDecimal quantity, String unit, BigDecimal unitPrice,
                       String source, LocalDate asOf, CostCategory category) {
        return new CostLine(item, quantity, unit, unitPrice, quantity.multiply(unitPrice),
            source, asOf, category);
    }

    /** The same line priced by its tiers. */
    CostLine tiered(BigDecimal newUnitPrice, BigDecimal newAmount, LineTiers how) {
        return new CostLine(item, quantity, unit, newUnitPrice, newAmount, source, asOf,
            category, how);
    }

    /** The same line priced by its item's tiers, which name their own source and date. */
    CostLine tiered(BigDecimal newUnitPrice, BigDecimal newAmount, LineTiers how,
                    String tierSource, LocalDate tierAsOf) {
        return new CostLine(item, quantity, unit, newUnitPrice, newAmount, tierSource, tierAsOf,
            category, how);
    }

    /** Whether the line is split over several known volume tiers. */
    public boolean isTiered() {
        return tiers != null && tiers.isTiered();
    }

    /** Whether the line is priced at the first rate of an item AWS bills in tiers. */
    public boolean isFirstTierOnly() {
        return tiers != null && tiers.firstTierOnly();
    }
}
