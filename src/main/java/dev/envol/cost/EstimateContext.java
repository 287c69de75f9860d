package dev.envol.cost;

import dev.envol.model.Settings;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceQuery;
import dev.envol.pricing.PriceResult;
import java.math.BigDecimal;
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
    private final Map<PriceQuery, Answer> answers;
    private final Map<Number, BigDecimal> decimals = new HashMap<>();

    /** The tiers of a query's item and the key that groups the lines sharing its total. */
    record Tiering(String group, PriceTiers tiers) {
    }

    /** The catalog's price for a query and how its item is tiered (empty: not by volume). */
    record Answer(PriceResult result, Optional<Tiering> tiering) {
    }

    EstimateContext(Settings settings, PriceCatalog catalog, String shieldSubscriptionHolder,
                    Map<PriceQuery, Answer> answers) {
        this.settings = settings;
        this.catalog = catalog;
        this.shieldSubscriptionHolder = shieldSubscriptionHolder;
        this.answers = answers == null ? new HashMap<>() : answers;
    }

    /**
     * The price of {@code query} and how its item is tiered, asked of the catalog once. The
     * tiering's group is the normalised catalog key: lines of one architecture with the same
     * group share one monthly total (CloudFront is global, so all its lines share one).
     */
    Answer answer(PriceQuery query) {
        Answer known = answers.get(query);
        if (known == null) {
            known = new Answer(catalog.lookup(query),
                catalog.tiers(query).map(t -> new Tiering(group(query), t)));
            answers.put(query, known);
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
        return answer(query).result();
    }

    /** A catalog default as a decimal, converted once per estimate. */
    BigDecimal decimal(Number n) {
        return decimals.computeIfAbsent(n, k -> new BigDecimal(k.toString()));
    }

    String catalogSource() {
        return catalog.source();
    }

    /** The id of the component that carries the Shield Advanced subscription, or null. */
    String shieldSubscriptionHolder() {
        return shieldSubscriptionHolder;
    }
}
