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
 */
public record CostLine(String item, BigDecimal quantity, String unit, BigDecimal unitPrice,
                       BigDecimal amount, String source, LocalDate asOf, CostCategory category) {
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
}
