package dev.envol.cli;

import dev.envol.pricing.Price;
import dev.envol.pricing.PriceQuery;
import dev.envol.pricing.PriceTiers;
import dev.envol.pricing.Tier;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The table form of one price: a name / value pair a line. */
final class PriceText {
    private PriceText() {
    }

    static String of(PriceQuery query, Price price) {
        return of(query, price, null);
    }

    /** With the item's volume tiers, one a line, or the first-tier-only note. */
    static String of(PriceQuery query, Price price, PriceTiers tiers) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("service", query.service());
        rows.put("region", query.region());
        rows.put("key", query.key());
        if (!query.options().isEmpty()) {
            rows.put("options", query.options().toString().replaceAll("[{}]", ""));
        }
        rows.put("purchase", price.purchase().key());
        rows.put("price", plain(price.usdPerUnit()) + " USD per " + price.unit());
        if (price.upfrontUsd() != null) {
            rows.put("upfront", plain(price.upfrontUsd()) + " USD");
        }
        if (price.recurringUsdPerUnit() != null) {
            rows.put("recurring", plain(price.recurringUsdPerUnit()) + " USD per " + price.unit());
        }
        rows.put("source", price.source());
        rows.put("asOf", price.asOf().toString());
        StringBuilder text = new StringBuilder();
        rows.forEach((name, value) -> text.append(String.format("%-10s %s%n", name, value)));
        if (tiers != null && tiers.firstTierOnly()) {
            text.append(String.format("%-10s %s%n", "tiers", "first-tier only: AWS bills this"
                + " item by monthly volume in tiers the catalog does not know (an upper bound)"));
        } else if (tiers != null) {
            text.append(String.format("%-10s %d volume tiers of the monthly total, USD per %s%n",
                "tiers", tiers.tiers().size(), tiers.unit()));
            for (Tier t : tiers.tiers()) {
                String range = t.toUnits() == null ? "over " + Amounts.grouped(t.fromUnits())
                    : Amounts.grouped(t.fromUnits()) + " to " + Amounts.grouped(t.toUnits());
                text.append(String.format("  %-32s %-14s %s %s%n", range, plain(t.usdPerUnit()),
                    t.source(), t.asOf()));
            }
        }
        return text.toString().stripTrailing();
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
