package dev.envol.pricing;

import dev.envol.model.PurchaseOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stored price: what it prices (service, region, key, normalised options, purchase option)
 * and the figure with its unit, source and date. The row format of the embedded catalog and of the
 * cache files.
 *
 * @param options normalised {@code name=value} pairs sorted by name, joined by {@code ;}
 *                (empty when the service has no options)
 */
public record PriceEntry(String service, String region, String key, String options,
                         PurchaseOption purchase, BigDecimal usdPerUnit, String unit,
                         BigDecimal upfrontUsd, BigDecimal recurringUsdPerUnit, LocalDate asOf,
                         String source) {
    public PriceEntry {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(key, "key");
        options = options == null ? "" : options;
        purchase = purchase == null ? PurchaseOption.ON_DEMAND : purchase;
        Objects.requireNonNull(usdPerUnit, "usdPerUnit");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
    }

    /** The identity of what is priced: two entries with the same id price the same thing. */
    public String id() {
        return id(service, region, key, options, purchase);
    }

    static String id(String service, String region, String key, String options,
                     PurchaseOption purchase) {
        return service + '|' + region + '|' + key + '|' + options + '|' + purchase.key();
    }

    public Price toPrice() {
        return new Price(usdPerUnit, unit, source, asOf, purchase, upfrontUsd, recurringUsdPerUnit);
    }

    /** The same entry with another figure and source (for derived prices such as Multi-AZ). */
    PriceEntry scaled(BigDecimal factor, String why) {
        return new PriceEntry(service, region, key, options, purchase,
            usdPerUnit.multiply(factor), unit,
            upfrontUsd == null ? null : upfrontUsd.multiply(factor),
            recurringUsdPerUnit == null ? null : recurringUsdPerUnit.multiply(factor),
            asOf, source + " (" + why + ")");
    }
}
