package dev.envol.pricing;

import dev.envol.model.PurchaseOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One USD list price with where it comes from.
 *
 * @param usdPerUnit  for reservations, the effective rate: upfront fee spread over the term's
 *                    hours plus the recurring rate
 * @param upfrontUsd  the upfront fee of a reservation, or {@code null}
 * @param recurringUsdPerUnit the recurring part of a reservation's rate, or {@code null}
 * @param source      where the figure was read (data set, API, offer file)
 * @param asOf        the day it was observed or published
 */
public record Price(BigDecimal usdPerUnit, String unit, String source, LocalDate asOf,
                    PurchaseOption purchase, BigDecimal upfrontUsd,
                    BigDecimal recurringUsdPerUnit) implements PriceResult {
    public Price {
        Objects.requireNonNull(usdPerUnit, "usdPerUnit");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        purchase = purchase == null ? PurchaseOption.ON_DEMAND : purchase;
    }

    public static Price onDemand(BigDecimal usdPerUnit, String unit, String source,
                                 LocalDate asOf) {
        return new Price(usdPerUnit, unit, source, asOf, PurchaseOption.ON_DEMAND, null, null);
    }
}
