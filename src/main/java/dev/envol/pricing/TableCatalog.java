package dev.envol.pricing;

import dev.envol.model.PurchaseOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A {@link PriceCatalog} over a {@link PriceTable}: normalises the query with
 * {@link ServiceRules}, applies AWS's documented rules (RDS Multi-AZ = 2 x Single-AZ when no
 * Multi-AZ price is known; region-uniform services priced from us-east-1) and otherwise answers {@link Unpriced} with what is missing.
 */
final class TableCatalog implements PriceCatalog {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final PriceTable table;
    private final String source;
    private final String where;
    private final List<InstanceSpec> instanceTypes;

    /**
     * @param where how reasons name the catalog, e.g. "the embedded catalog"
     */
    TableCatalog(PriceTable table, String source, String where, List<InstanceSpec> instanceTypes) {
        this.table = table;
        this.source = source;
        this.where = where;
        this.instanceTypes = List.copyOf(instanceTypes);
    }

    @Override
    public PriceResult lookup(PriceQuery query) {
        ServiceRules.Key key;
        try {
            key = ServiceRules.normalize(query);
        } catch (IllegalArgumentException e) {
            return new Unpriced(e.getMessage());
        }
        PriceEntry entry = table.get(key.id());
        if (entry != null) {
            return entry.toPrice();
        }
        if (key.service().equals("rds") && key.options().contains("deployment=multi-az")) {
            PriceEntry single = table.get(
                key.withOptions(key.options().replace("multi-az", "single-az")).id());
            if (single != null) {
                return single.scaled(TWO, "Multi-AZ = 2 x Single-AZ rule").toPrice();
            }
        }
        if (ServiceRules.REGION_UNIFORM.contains(key.service())) {
            PriceEntry reference = table.get(new ServiceRules.Key(key.service(),
                ServiceRules.UNIFORM_REFERENCE_REGION, key.key(), key.options(), key.purchase()).id());
            if (reference != null) {
                return reference.scaled(BigDecimal.ONE, "us-east-1 price: AWS lists one price for"
                    + " every commercial region").toPrice();
            }
        }
        List<TierEntry> tiers = table.tiers(key.withPurchase(PurchaseOption.ON_DEMAND).id());
        if (!tiers.isEmpty() && tiers.get(0).fromUnits().signum() == 0) {
            TierEntry first = tiers.get(0);
            return Price.onDemand(first.usdPerUnit(), first.unit(), first.source() + " (first"
                + " volume tier)", first.asOf());
        }
        return new Unpriced(reason(key));
    }

    @Override
    public Optional<PriceTiers> tiers(PriceQuery query) {
        ServiceRules.Key key;
        try {
            key = ServiceRules.normalize(query);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<TierEntry> known = table.tiers(key.withPurchase(PurchaseOption.ON_DEMAND).id());
        if (!known.isEmpty()) {
            try {
                return Optional.of(new PriceTiers(known.get(0).unit(),
                    known.stream().map(TierEntry::toTier).toList(), false));
            } catch (IllegalArgumentException e) {
                // gaps or overlaps (mixed sources): fall back to the unit price, flagged below
            }
        }
        if (!ServiceRules.BILLED_IN_TIERS.contains(key.service() + " " + key.key())) {
            return Optional.empty();
        }
        if (lookup(query) instanceof Price price) {
            return Optional.of(new PriceTiers(price.unit(), List.of(new Tier(BigDecimal.ZERO,
                null, price.usdPerUnit(), price.source(), price.asOf())), true));
        }
        return Optional.empty();
    }

    private String reason(ServiceRules.Key key) {
        StringBuilder text = new StringBuilder("no ");
        if (key.purchase() != PurchaseOption.ON_DEMAND) {
            text.append(key.purchase().key()).append(' ');
        }
        text.append("price for ").append(key.service()).append(' ').append(key.key());
        if (!key.options().isEmpty()) {
            text.append(" (").append(key.options().replace(';', ',')).append(')');
        }
        text.append(" in ").append(key.region()).append(" in ").append(where);
        if (key.service().equals("ec2") && key.options().contains("os=windows")) {
            text.append(" (the shared price data has no Windows prices here)");
        }
        if (ProductRules.covers(key.service())) {
            String region = key.region().equals(ServiceRules.GLOBAL_REGION) ? "us-east-1"
                : key.region();
            text.append(" (try `envol prices refresh --region ").append(region)
                .append(" --services ").append(key.service()).append("`)");
        }
        return text.toString();
    }

    @Override
    public List<PriceEntry> entries(String service, String region, String options) {
        // in the order of their ids: the same list whatever order the table keeps them in
        return table.entries(service, region).stream()
            .filter(e -> e.purchase() == PurchaseOption.ON_DEMAND
                && (";" + e.options() + ";").contains(";" + options + ";"))
            .sorted(Comparator.comparing(PriceEntry::id)).toList();
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public LocalDate asOf() {
        return table.newest();
    }

    @Override
    public List<InstanceSpec> instanceTypes() {
        return instanceTypes;
    }
}
