package dev.envol.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The volume tiers of one item, ordered by {@code fromUnits}, the first from 0, each starting
 * where the previous one ends. A unit price alone is its item's first tier: then
 * {@code firstTierOnly} says that AWS bills the item in tiers that the catalog does not know, so
 * a figure priced with it is an upper bound.
 *
 * @param unit the base unit of the quantities and rates ("GB", "GB-second")
 */
public record PriceTiers(String unit, List<Tier> tiers, boolean firstTierOnly) {
    public PriceTiers {
        Objects.requireNonNull(unit, "unit");
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty() || tiers.get(0).fromUnits().signum() != 0) {
            throw new IllegalArgumentException("the first tier must start at 0");
        }
        for (int i = 1; i < tiers.size(); i++) {
            BigDecimal end = tiers.get(i - 1).toUnits();
            if (end == null || end.compareTo(tiers.get(i).fromUnits()) != 0) {
                throw new IllegalArgumentException("tier " + (i + 1) + " does not start where"
                    + " tier " + i + " ends");
            }
        }
    }

    /** Whether the quantity is billed at more than one rate. */
    public boolean isTiered() {
        return tiers.size() > 1;
    }

    /** The first tier's rate. */
    public BigDecimal firstRate() {
        return tiers.get(0).usdPerUnit();
    }

    /**
     * How a monthly {@code total} splits over the tiers, one slice per tier it reaches (USD).
     * Past the end of the last known tier, the rest is billed at the last rate (AWS rates fall
     * with volume, so that is an upper bound) in a slice that has no upper bound.
     */
    public List<Slice> split(BigDecimal total) {
        List<Slice> slices = new ArrayList<>();
        for (Tier tier : tiers) {
            BigDecimal q = tier.quantityOf(total);
            if (q.signum() > 0) {
                slices.add(new Slice(tier.fromUnits(), tier.toUnits(), q, tier.usdPerUnit(),
                    q.multiply(tier.usdPerUnit()), false));
            }
        }
        Tier last = tiers.get(tiers.size() - 1);
        if (last.toUnits() != null && total.compareTo(last.toUnits()) > 0) {
            BigDecimal q = total.subtract(last.toUnits());
            slices.add(new Slice(last.toUnits(), null, q, last.usdPerUnit(),
                q.multiply(last.usdPerUnit()), true));
        }
        return slices;
    }

    /** The tiered cost of a monthly {@code total} in USD. */
    public BigDecimal cost(BigDecimal total) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Slice slice : split(total)) {
            sum = sum.add(slice.amount());
        }
        return sum;
    }

    /**
     * The part of a total billed in one tier.
     *
     * @param assumed the quantity lies beyond the last known tier, billed at its rate
     */
    public record Slice(BigDecimal fromUnits, BigDecimal toUnits, BigDecimal quantity,
                        BigDecimal rate, BigDecimal amount, boolean assumed) {
    }
}
