package dev.envol.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Says why a component's cost changed: type, size, count, region, pricing, usage, price. */
final class ChangeReasons {
    private static final Set<String> SIZES = Set.of("instanceType", "nodeType");
    private static final Set<String> NOT_USAGE = Set.of("count", "region", "pricing",
        "instanceType", "nodeType", "description");

    private static final java.math.MathContext BLENDED = new java.math.MathContext(4);

    private ChangeReasons() {
    }

    static List<String> of(ComponentCost was, ComponentCost now, BigDecimal oldRate,
                           BigDecimal newRate) {
        List<String> reasons = new ArrayList<>();
        if (!was.type().equals(now.type())) {
            reasons.add("type " + was.type() + " -> " + now.type());
        }
        var a = was.component().props();
        var b = now.component().props();
        for (String size : SIZES) {
            change(reasons, "size", a.get(size), b.get(size));
        }
        change(reasons, "count", a.count(), b.count());
        change(reasons, "region", was.region(), now.region());
        change(reasons, "pricing", was.purchase() == null ? null : was.purchase().key(),
            now.purchase() == null ? null : now.purchase().key());
        Set<String> names = new LinkedHashSet<>(a.names());
        names.addAll(b.names());
        for (String name : names) {
            if (!NOT_USAGE.contains(name)) {
                change(reasons, name, a.get(name), b.get(name));
            }
        }
        prices(reasons, was, now, oldRate, newRate);
        if (!was.unpriced().equals(now.unpriced())) {
            for (String reason : now.unpriced()) {
                if (!was.unpriced().contains(reason)) {
                    reasons.add("now unpriced: " + reason);
                }
            }
            for (String reason : was.unpriced()) {
                if (!now.unpriced().contains(reason)) {
                    reasons.add("now priced: " + reason);
                }
            }
        }
        return reasons;
    }

    /**
     * Same item, other unit price: the catalog moved, or only the exchange rate did (then it is
     * said once, not per line).
     */
    private static void prices(List<String> reasons, ComponentCost was, ComponentCost now,
                               BigDecimal oldRate, BigDecimal newRate) {
        Map<String, CostLine> before = new LinkedHashMap<>();
        was.lines().forEach(l -> before.put(l.item(), l));
        boolean rateMoved = false;
        for (CostLine line : now.lines()) {
            CostLine oldLine = before.get(line.item());
            BigDecimal old = oldLine == null ? null : oldLine.unitPrice();
            if (old == null || old.compareTo(line.unitPrice()) == 0) {
                continue;
            }
            if (volumeTier(reasons, oldLine, line, oldRate, newRate)) {
                continue;
            }
            boolean byRate = line.source().equals("model") ? false
                : old.multiply(newRate).compareTo(line.unitPrice().multiply(oldRate)) == 0;
            if (byRate) {
                rateMoved = true;
            } else {
                reasons.add("price of " + line.item() + " " + plain(old) + " -> "
                    + plain(line.unitPrice()) + " per " + line.unit());
            }
        }
        if (rateMoved) {
            reasons.add("exchange rate " + plain(oldRate) + " -> " + plain(newRate));
        }
    }

    /**
     * Same tiers, another monthly total: the blended rate moved because the volume crossed
     * tiers (this component's, or another's sharing the item).
     */
    private static boolean volumeTier(List<String> reasons, CostLine was, CostLine now,
                                      BigDecimal oldRate, BigDecimal newRate) {
        if (!was.isTiered() || !now.isTiered()
            || !was.tiers().usdTiers().equals(now.tiers().usdTiers())
            || oldRate.compareTo(newRate) != 0
            || was.tiers().totalQuantity().compareTo(now.tiers().totalQuantity()) == 0) {
            return false;
        }
        reasons.add("volume tier: " + now.item() + " blended "
            + plain(was.unitPrice().round(BLENDED)) + " -> "
            + plain(now.unitPrice().round(BLENDED)) + " per " + now.unit() + " (monthly total "
            + plain(was.tiers().totalQuantity()) + " -> " + plain(now.tiers().totalQuantity())
            + " " + now.unit() + ")");
        return true;
    }

    private static void change(List<String> reasons, String what, Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y && x.compareTo(y) == 0) {
            return;
        }
        if (!Objects.equals(a, b)) {
            reasons.add(what + " " + text(a) + " -> " + text(b));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "(none)";
        }
        return value instanceof BigDecimal d ? plain(d) : value.toString();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
