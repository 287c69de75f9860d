package dev.envol.check;

import dev.envol.pricing.InstanceSpec;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceQuery;
import dev.envol.pricing.PriceResult;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalog that remembers its answers for one check run: an estate asks the same few queries
 * (m5.large in eu-west-3 ...) thousands of times. Not shared between threads.
 */
final class RememberedPrices implements PriceCatalog {
    private final PriceCatalog catalog;
    private final Map<PriceQuery, PriceResult> answers = new HashMap<>();

    RememberedPrices(PriceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public PriceResult lookup(PriceQuery query) {
        PriceResult known = answers.get(query);
        if (known == null) {
            known = catalog.lookup(query);
            answers.put(query, known);
        }
        return known;
    }

    @Override
    public String source() {
        return catalog.source();
    }

    @Override
    public LocalDate asOf() {
        return catalog.asOf();
    }

    @Override
    public List<InstanceSpec> instanceTypes() {
        return catalog.instanceTypes();
    }
}
