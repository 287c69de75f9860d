package dev.envol.check;

import dev.envol.model.Component;
import dev.envol.pricing.Price;
import dev.envol.pricing.PriceResult;
import dev.envol.pricing.Unpriced;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The best replacement type for a component, with the monthly USD saving when both the current
 * and the replacement type are priced.
 *
 * @param saving    monthly USD (negative when the replacement costs more), or {@code null}
 * @param unpriced  why there is no saving, or {@code null}
 */
record Alternative(String instanceType, BigDecimal saving, String unpriced) {

    /** The cheapest priced candidate, else the first with the reason; empty with no candidate. */
    static Optional<Alternative> cheapest(InstancePricing pricing, Component component,
                                          String current, List<String> candidates) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String bestType = null;
        BigDecimal bestCost = null;
        String firstReason = null;
        for (String candidate : candidates) {
            PriceResult then = pricing.monthlyUsd(component, candidate);
            if (then instanceof Price p) {
                if (bestCost == null || p.usdPerUnit().compareTo(bestCost) < 0) {
                    bestType = candidate;
                    bestCost = p.usdPerUnit();
                }
            } else if (firstReason == null) {
                firstReason = ((Unpriced) then).reason();
            }
        }
        if (bestType == null) {
            return Optional.of(new Alternative(candidates.get(0), null, firstReason));
        }
        PriceResult now = pricing.monthlyUsd(component, current);
        if (now instanceof Price p) {
            return Optional.of(new Alternative(bestType, p.usdPerUnit().subtract(bestCost), null));
        }
        return Optional.of(new Alternative(bestType, null, ((Unpriced) now).reason()));
    }

    boolean saves() {
        return saving != null && saving.signum() > 0;
    }
}
