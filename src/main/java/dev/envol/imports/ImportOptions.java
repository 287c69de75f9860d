package dev.envol.imports;

import dev.envol.model.Settings;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceCatalogs;
import java.util.Objects;

/**
 * How to import.
 *
 * @param region            AWS region of the target (sizing prefers types priced there)
 * @param applicationColumn the column naming each VM's application, or {@code null} for the
 *                          format's default (RVTools: {@code Application}, else the folder;
 *                          discovery CSV: {@code Applications})
 * @param sizing            right-sizing policy
 * @param catalog           instance types and prices
 * @param progress          progress callback and cancellation check
 * @param onPremCosts       assumed on-prem cost rates written on each server
 */
public record ImportOptions(String region, String applicationColumn, SizingPolicy sizing,
                            PriceCatalog catalog, ImportProgress progress,
                            OnPremCostRates onPremCosts) {
    public ImportOptions {
        region = region == null ? Settings.DEFAULT_REGION : region;
        sizing = sizing == null ? SizingPolicy.defaults() : sizing;
        Objects.requireNonNull(catalog, "catalog");
        progress = progress == null ? ImportProgress.NONE : progress;
        onPremCosts = onPremCosts == null ? OnPremCostRates.defaults() : onPremCosts;
    }

    public ImportOptions(String region, String applicationColumn, SizingPolicy sizing,
                         PriceCatalog catalog, ImportProgress progress) {
        this(region, applicationColumn, sizing, catalog, progress, null);
    }

    /** Defaults: eu-west-3, the format's application column, default sizing, standard catalog. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, PriceCatalogs.standard(), null, null);
    }

    public ImportOptions withRegion(String newRegion) {
        return new ImportOptions(newRegion, applicationColumn, sizing, catalog,
            progress, onPremCosts);
    }

    public ImportOptions withApplicationColumn(String column) {
        return new ImportOptions(region, column, sizing, catalog,
            progress, onPremCosts);
    }

    public ImportOptions withSizing(SizingPolicy newSizing) {
        return new ImportOptions(region, applicationColumn, newSizing, catalog,
            progress, onPremCosts);
    }

    public ImportOptions withProgress(ImportProgress newProgress) {
        return new ImportOptions(region, applicationColumn, sizing, catalog,
            newProgress, onPremCosts);
    }

    public ImportOptions withOnPremCosts(OnPremCostRates rates) {
        return new ImportOptions(region, applicationColumn, sizing, catalog, progress, rates);
    }
}
