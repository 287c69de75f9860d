package dev.envol.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON form of one lookup, for {@code prices lookup --format json}. */
public final class PriceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PriceJson() {
    }

    /**
     * {@code {"service","region","key","options","purchase","usdPerUnit","unit","upfrontUsd",
     * "recurringUsdPerUnit","source","asOf"}}, or {@code "unpriced": reason} instead of the figures.
     */
    public static String of(PriceQuery query, PriceResult result) {
        return of(query, result, null);
    }

    /**
     * With the item's volume tiers: {@code "tiers": [{fromUnits, toUnits (null: open),
     * usdPerUnit, source, asOf}]}, or {@code "tiers": "first-tier only"}.
     */
    public static String of(PriceQuery query, PriceResult result, PriceTiers tiers) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("service", query.service());
        node.put("region", query.region());
        node.put("key", query.key());
        ObjectNode options = node.putObject("options");
        query.options().forEach(options::put);
        if (result instanceof Price price) {
            node.put("purchase", price.purchase().key());
            node.put("usdPerUnit", price.usdPerUnit());
            node.put("unit", price.unit());
            if (price.upfrontUsd() != null) {
                node.put("upfrontUsd", price.upfrontUsd());
            }
            if (price.recurringUsdPerUnit() != null) {
                node.put("recurringUsdPerUnit", price.recurringUsdPerUnit());
            }
            node.put("source", price.source());
            node.put("asOf", price.asOf().toString());
            if (tiers != null && tiers.firstTierOnly()) {
                node.put("tiers", "first-tier only");
            } else if (tiers != null) {
                var array = node.putArray("tiers");
                for (Tier t : tiers.tiers()) {
                    ObjectNode tier = array.addObject();
                    tier.put("fromUnits", t.fromUnits());
                    if (t.toUnits() == null) {
                        tier.putNull("toUnits");
                    } else {
                        tier.put("toUnits", t.toUnits());
                    }
                    tier.put("usdPerUnit", t.usdPerUnit());
                    tier.put("source", t.source());
                    tier.put("asOf", t.asOf().toString());
                }
            }
        } else if (result instanceof Unpriced unpriced) {
            node.put("purchase", query.purchase().key());
            node.put("unpriced", unpriced.reason());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
