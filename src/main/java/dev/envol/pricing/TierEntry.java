package dev.envol.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stored volume tier (a {@code t} line of a {@link PriceFile}): what it prices, like a
 * {@link PriceEntry} (tiers are on-demand list prices), and its range and rate.
 *
 * @param toUnits exclusive upper bound, {@code null} when the tier is open
 */
public record TierEntry(String service, String region, String key, String options,
                        BigDecimal fromUnits, BigDecimal toUnits, BigDecimal usdPerUnit,
                        String unit, LocalDate asOf, String source) {
    public TierEntry {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(key, "key");
        options = options == null ? "" : options;
        Objects.requireNonNull(fromUnits, "fromUnits");
        Objects.requireNonNull(usdPerUnit, "usdPerUnit");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
    }

    /** The identity of the tiered item (the id of its on-demand {@link PriceEntry}). */
    public String id() {
        return PriceEntry.id(service, region, key, options,
            dev.envol.model.PurchaseOption.ON_DEMAND);
    }

    public Tier toTier() {
        return new Tier(fromUnits, toUnits, usdPerUnit, source, asOf);
    }
}
