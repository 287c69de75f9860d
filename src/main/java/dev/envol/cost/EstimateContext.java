package dev.envol.cost;

import dev.envol.model.Settings;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceQuery;
import dev.envol.pricing.PriceResult;
import java.util.HashMap;
import java.util.Map;

/**
 * What every rule of one estimate shares: settings, the catalog (its answers memoised, since a
 * large estate asks the same few questions thousands of times) and the component that carries
 * the model's single Shield Advanced subscription.
 */
final class EstimateContext {
    private final Settings settings;
    private final PriceCatalog catalog;
    private final String shieldSubscriptionHolder;
    private final Map<PriceQuery, PriceResult> answers;

    EstimateContext(Settings settings, PriceCatalog catalog, String shieldSubscriptionHolder,
                    Map<PriceQuery, PriceResult> answers) {
        this.settings = settings;
        this.catalog = catalog;
        this.shieldSubscriptionHolder = shieldSubscriptionHolder;
        this.answers = answers == null ? new HashMap<>() : answers;
    }

    Settings settings() {
        return settings;
    }

    PriceResult lookup(PriceQuery query) {
        PriceResult known = answers.get(query);
        if (known == null) {
            known = catalog.lookup(query);
            answers.put(query, known);
        }
        return known;
    }

    String catalogSource() {
        return catalog.source();
    }

    /** The id of the component that carries the Shield Advanced subscription, or null. */
    String shieldSubscriptionHolder() {
        return shieldSubscriptionHolder;
    }
}
