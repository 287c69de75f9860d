package dev.envol.cost;

import dev.envol.model.Settings;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceQuery;
import dev.envol.pricing.PriceResult;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import dev.envol.pricing.PriceTiers;
import dev.envol.pricing.ServiceRules;

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
    private final Map<PriceQuery, Optional<Tiering>> tierings;

    /** The tiers of a query's item and the key that groups the lines sharing its total. */
    record Tiering(String group, PriceTiers tiers) {
    }

    EstimateContext(Settings settings, PriceCatalog catalog, String shieldSubscriptionHolder,
                    Map<PriceQuery, PriceResult> answers,
                    Map<PriceQuery, Optional<Tiering>> tierings) {
        this.settings = settings;
        this.catalog = catalog;
        this.shieldSubscriptionHolder = shieldSubscriptionHolder;
        this.answers = answers == null ? new HashMap<>() : answers;
        this.tierings = tierings == null ? new HashMap<>() : tierings;
    }

    /**
     * How {@code query}'s item is tiered, or empty for an item not billed by volume. The group
     * is the normalised catalog key: lines of one architecture with the same group share one
     * monthly total (CloudFront is global, so all its lines share one).
     */
    Optional<Tiering> tiering(PriceQuery query) {
        Optional<Tiering> known = tierings.get(query);
        if (known == null) {
            known = catalog.tiers(query).map(t -> new Tiering(group(query), t));
            tierings.put(query, known);
        }
        return known;
    }

    private static String group(PriceQuery query) {
        ServiceRules.Key key = ServiceRules.normalize(query);
        return key.service() + " " + key.key() + (key.options().isEmpty() ? ""
            : " (" + key.options().replace(';', ',') + ")") + " " + key.region();
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
