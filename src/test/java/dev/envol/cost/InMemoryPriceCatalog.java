package dev.envol.cost;

import dev.envol.model.PurchaseOption;
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
import java.util.concurrent.atomic.AtomicInteger;

/** A few prices held in memory, answering exactly the queries it was given (tests only). */
public final class InMemoryPriceCatalog implements PriceCatalog {
    public static final LocalDate AS_OF = LocalDate.of(2026, 10, 9);

    private final Map<PriceQuery, Price> prices = new HashMap<>();
    final AtomicInteger lookups = new AtomicInteger();

    InMemoryPriceCatalog price(PriceQuery query, String usd, String unit) {
        prices.put(query, new Price(new BigDecimal(usd), unit, "test prices", AS_OF,
            query.purchase(), null, null));
        return this;
    }

    InMemoryPriceCatalog price(String service, String region, String key, String usd,
                               String unit, String... options) {
        PriceQuery query = PriceQuery.of(service, region, key);
        for (int i = 0; i < options.length; i += 2) {
            query = query.with(options[i], options[i + 1]);
        }
        return price(query, usd, unit);
    }

    InMemoryPriceCatalog reserved(PurchaseOption option, String service, String region,
                                  String key, String usd, String unit, String... options) {
        PriceQuery query = PriceQuery.of(service, region, key);
        for (int i = 0; i < options.length; i += 2) {
            query = query.with(options[i], options[i + 1]);
        }
        return price(query.withPurchase(option), usd, unit);
    }

    @Override
    public PriceResult lookup(PriceQuery query) {
        lookups.incrementAndGet();
        Price price = prices.get(query);
        if (price != null) {
            return price;
        }
        return new Unpriced("no price for " + query.service() + " " + query.key() + " in "
            + query.region() + (query.options().isEmpty() ? "" : " " + query.options())
            + (query.purchase() == PurchaseOption.ON_DEMAND ? "" : " " + query.purchase().key()));
    }

    @Override
    public String source() {
        return "test prices";
    }

    @Override
    public LocalDate asOf() {
        return AS_OF;
    }

    @Override
    public List<InstanceSpec> instanceTypes() {
        return List.of();
    }

    /** Prices of the public list (eu-west-3 where known) used by the worked examples. */
    public static InMemoryPriceCatalog sample() {
        String r = "eu-west-3";
        return new InMemoryPriceCatalog()
            .price("ec2", r, "m5.large", "0.112", "hour", "os", "linux")
            .price("ec2", "eu-west-1", "m5.large", "0.107", "hour", "os", "linux")
            .reserved(PurchaseOption.RESERVED_1Y_NO_UPFRONT, "ec2", r, "m5.large", "0.07",
                "hour", "os", "linux")
            .price("ebs", r, "gp3", "0.0928", "GB-month")
            .price("rds", r, "db.r5.large", "0.52", "hour", "engine", "mysql",
                "deployment", "multi-az")
            .price("rds", r, "db.r5.large", "0.26", "hour", "engine", "mysql",
                "deployment", "single-az")
            .price("rds", r, "storage-gp2", "0.266", "GB-month", "deployment", "multi-az")
            .price("lambda", r, "request", "0.0000002", "request", "arch", "x86_64")
            .price("lambda", r, "gb-second", "0.0000166667", "GB-second", "arch", "x86_64")
            .price("alb", r, "hour", "0.02646", "hour")
            .price("alb", r, "lcu-hour", "0.0084", "LCU-hour")
            .price("cloudfront", r, "data-out", "0.085", "GB")
            .price("cloudfront", r, "https-request", "0.0000012", "request")
            .price("shield-advanced", r, "subscription", "3000", "month")
            .price("shield-advanced", r, "data-out", "0.025", "GB")
            .price("s3", r, "storage-standard", "0.024", "GB-month");
    }
}
