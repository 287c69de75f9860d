package dev.envol.cost;

import dev.envol.pricing.PriceTiers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices the lines of items AWS bills by monthly volume as AWS bills them: the total of an item
 * over one architecture (per region, and per CPU architecture for Lambda) is split across its
 * tiers, and each line carries its pro-rata share of the tiered cost (the blended rate). A line
 * alone gets exactly the tiered price of its quantity. Only components with tiered lines are
 * rebuilt, so an estate without them pays a map lookup.
 */
final class TierPass {
    private static final MathContext MC = MathContext.DECIMAL128;

    /**
     * A line priced at its first rate until the total is known.
     *
     * @param line the index of the line in its component's lines
     */
    record Pending(int line, String group, PriceTiers tiers, BigDecimal usdToCurrency,
                   BigDecimal quantity) {
    }

    private record Member(int component, Pending pending) {
    }

    private final Map<String, List<Member>> groups = new LinkedHashMap<>();

    void add(int component, List<Pending> lines) {
        for (Pending p : lines) {
            groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(new Member(component, p));
        }
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** {@code costs} with every pending line re-priced over its group's total. */
    List<ComponentCost> apply(List<ComponentCost> costs) {
        if (groups.isEmpty()) {
            return costs;
        }
        Map<Integer, List<CostLine>> rebuilt = new LinkedHashMap<>();
        for (List<Member> members : groups.values()) {
            split(members, costs, rebuilt);
        }
        List<ComponentCost> result = new ArrayList<>(costs);
        rebuilt.forEach((index, lines) -> {
            ComponentCost c = costs.get(index);
            result.set(index, ComponentCost.of(c.component(), c.architecture(), c.region(),
                c.purchase(), lines, c.unpriced()));
        });
        return result;
    }

    private static void split(List<Member> members, List<ComponentCost> costs,
                              Map<Integer, List<CostLine>> rebuilt) {
        Pending first = members.get(0).pending();
        BigDecimal fx = first.usdToCurrency();
        BigDecimal total = BigDecimal.ZERO;
        for (Member m : members) {
            total = total.add(m.pending().quantity());
        }
        List<LineTiers.TierUse> uses = new ArrayList<>();
        BigDecimal cost = BigDecimal.ZERO;
        for (PriceTiers.Slice s : first.tiers().split(total)) {
            BigDecimal amount = s.amount().multiply(fx);
            uses.add(new LineTiers.TierUse(s.fromUnits(), s.toUnits(), s.quantity(),
                s.rate().multiply(fx), amount, s.assumed()));
            cost = cost.add(amount);
        }
        LineTiers how = new LineTiers(first.group(), false, total, cost, uses, members.size(),
            first.tiers(), fx);
        BigDecimal blended = cost.divide(total, MC);
        dev.envol.pricing.Tier firstTier = first.tiers().tiers().get(0);
        String source = firstTier.source() + " (volume tiers)";
        java.time.LocalDate asOf = firstTier.asOf();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            // the last line takes the rest, so the shares add up to the tiered cost exactly
            BigDecimal amount = i == members.size() - 1 ? cost.subtract(given)
                : cost.multiply(m.pending().quantity()).divide(total, MC);
            given = given.add(amount);
            List<CostLine> lines = rebuilt.computeIfAbsent(m.component(),
                k -> new ArrayList<>(costs.get(k).lines()));
            int at = m.pending().line();
            lines.set(at, lines.get(at).tiered(blended, amount, how, source, asOf));
        }
    }
}
