package dev.envol.ui.panels;

import dev.envol.cost.ComponentCost;
import dev.envol.cost.CostReport;
import dev.envol.ui.canvas.Badges;

/** Canvas badges from a cost report: the monthly cost, or "unpriced" with the reasons. */
public final class CostBadges {
    private CostBadges() {
    }

    public static Badges.Source of(CostReport report) {
        return id -> report.componentCost(id).map(c -> badge(c, report.currency())).orElse(null);
    }

    private static Badges.Badge badge(ComponentCost c, String currency) {
        if (c.isUnpriced() && c.monthly().signum() == 0) {
            return new Badges.Badge("unpriced", true, String.join("; ", c.unpriced()));
        }
        // the figure is the blended one (the component's share of its items' tiered totals);
        // the tooltip says how it was tiered
        return new Badges.Badge(MoneyText.compact(c.monthly(), currency) + "/mo", c.isUnpriced(),
            c.isUnpriced() ? String.join("; ", c.unpriced())
                : TierBreakdown.of(c, currency, java.util.Locale.ROOT));
    }
}
