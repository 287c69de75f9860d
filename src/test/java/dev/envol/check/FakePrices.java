package dev.envol.check;

import dev.envol.pricing.InstanceSpec;
import dev.envol.pricing.Price;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceQuery;
import dev.envol.pricing.PriceResult;
import dev.envol.pricing.Unpriced;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small in-memory catalog: hourly prices by service, key and options, any region. */
final class FakePrices implements PriceCatalog {
    private final Map<String, BigDecimal> prices = new HashMap<>();

    FakePrices put(PriceQuery query, String usd) {
        prices.put(id(query), new BigDecimal(usd));
        return this;
    }

    FakePrices ec2(String type, String usdPerHour) {
        return put(PriceQuery.of("ec2", "eu-west-3", type).with("os", "linux"), usdPerHour);
    }

    private static String id(PriceQuery q) {
        return q.service() + "|" + q.key() + "|" + q.options() + "|" + q.purchase();
    }

    @Override
    public PriceResult lookup(PriceQuery query) {
        BigDecimal usd = prices.get(id(query));
        return usd == null ? new Unpriced("no price for " + query.service() + " " + query.key())
            : Price.onDemand(usd, "hour", "test prices", LocalDate.of(2026, 1, 1));
    }

    @Override
    public String source() {
        return "test prices";
    }

    @Override
    public LocalDate asOf() {
        return LocalDate.of(2026, 1, 1);
    }

    @Override
    public List<InstanceSpec> instanceTypes() {
        return List.of();
    }
}
