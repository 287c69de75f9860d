package dev.envol.cost;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Settings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed in monthly cost between two models, per component and in total, and why: a
 * review aid for a merge request. Unchanged components are left out.
 *
 * @param settings model-wide changes that move prices (region, purchase option, exchange rate)
 */
public record CostDiff(String currency, BigDecimal oldCurrent, BigDecimal newCurrent,
                       BigDecimal oldTarget, BigDecimal newTarget, List<String> settings,
                       List<ComponentChange> components) {
    public CostDiff {
        settings = List.copyOf(settings);
        components = List.copyOf(components);
    }

    public static CostDiff between(CostReport before, CostReport after) {
        List<ComponentChange> changes = new ArrayList<>();
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            changes.addAll(compare(kind, before.architecture(kind), after.architecture(kind),
                before.project().settings().usdToCurrency(),
                after.project().settings().usdToCurrency()));
        }
        return new CostDiff(after.currency(), before.current().monthly(),
            after.current().monthly(), before.target().monthly(), after.target().monthly(),
            settingsChanges(before.project().settings(), after.project().settings()), changes);
    }

    public BigDecimal oldSavings() {
        return oldCurrent.subtract(oldTarget);
    }

    public BigDecimal newSavings() {
        return newCurrent.subtract(newTarget);
    }

    private static List<ComponentChange> compare(ArchitectureKind kind, ArchitectureCost before,
                                                 ArchitectureCost after, BigDecimal oldRate,
                                                 BigDecimal newRate) {
        Map<String, ComponentCost> old = new LinkedHashMap<>();
        before.components().forEach(c -> old.put(c.id(), c));
        List<ComponentChange> changes = new ArrayList<>();
        for (ComponentCost now : after.components()) {
            ComponentCost was = old.remove(now.id());
            if (was == null) {
                changes.add(new ComponentChange(kind, now.id(), now.name(),
                    ComponentChange.Status.ADDED, null, now.monthly(), List.of("new component")));
                continue;
            }
            List<String> reasons = ChangeReasons.of(was, now, oldRate, newRate);
            if (!reasons.isEmpty() || was.monthly().compareTo(now.monthly()) != 0) {
                changes.add(new ComponentChange(kind, now.id(), now.name(),
                    ComponentChange.Status.CHANGED, was.monthly(), now.monthly(), reasons));
            }
        }
        for (ComponentCost gone : old.values()) {
            changes.add(new ComponentChange(kind, gone.id(), gone.name(),
                ComponentChange.Status.REMOVED, gone.monthly(), null,
                List.of("component removed")));
        }
        return changes;
    }

    private static List<String> settingsChanges(Settings a, Settings b) {
        List<String> reasons = new ArrayList<>();
        if (!a.region().equals(b.region())) {
            reasons.add("region " + a.region() + " -> " + b.region());
        }
        if (a.pricing() != b.pricing()) {
            reasons.add("pricing " + a.pricing().key() + " -> " + b.pricing().key());
        }
        if (a.usdToCurrency().compareTo(b.usdToCurrency()) != 0) {
            reasons.add("usdToCurrency " + a.usdToCurrency().toPlainString() + " -> "
                + b.usdToCurrency().toPlainString());
        }
        if (a.hoursPerMonth().compareTo(b.hoursPerMonth()) != 0) {
            reasons.add("hoursPerMonth " + a.hoursPerMonth().toPlainString() + " -> "
                + b.hoursPerMonth().toPlainString());
        }
        if (a.fteMonthlyCost().compareTo(b.fteMonthlyCost()) != 0) {
            reasons.add("fteMonthlyCost " + a.fteMonthlyCost().toPlainString() + " -> "
                + b.fteMonthlyCost().toPlainString());
        }
        if (!Objects.equals(a.currency(), b.currency())) {
            reasons.add("currency " + a.currency() + " -> " + b.currency());
        }
        return reasons;
    }
}
