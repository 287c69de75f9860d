package dev.envol.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A type priced as a sum of meters, each a usage property scaled to the catalog's base unit
 * times one unit price (S3 storage and requests, Route 53 zones and queries, ...).
 */
final class MeteredRule implements CostRule {
    private final String service;
    private final CostCategory category;
    private final List<Meter> meters;

    MeteredRule(String service, CostCategory category, Meter... meters) {
        this.service = service;
        this.category = category;
        this.meters = List.of(meters);
    }

    /**
     * @param scale base units per unit of the property (a million for {@code requestsMillions})
     */
    record Meter(String item, String property, long scale, String key) {
    }

    static Meter meter(String item, String property, long scale, String key) {
        return new Meter(item, property, scale, key);
    }

    @Override
    public void price(LineBuilder in) {
        BigDecimal count = in.count();
        for (Meter meter : meters) {
            BigDecimal usage = in.number(meter.property());
            if (usage != null) {
                in.aws(meter.item(), category,
                    usage.multiply(BigDecimal.valueOf(meter.scale())).multiply(count),
                    in.query(service, meter.key(), Map.of(), false));
            }
        }
    }
}
