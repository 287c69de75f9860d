package dev.envol.cost;

import dev.envol.model.Application;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly run rate of one architecture and its groupings. Maps keep a stable order:
 * applications and domains in model order (then {@link CostReport#UNASSIGNED}), categories in
 * enum order; a group appears only when it has a component.
 */
public record ArchitectureCost(ArchitectureKind kind, List<ComponentCost> components,
                               BigDecimal monthly, int unpricedCount,
                               Map<String, BigDecimal> byApplication,
                               Map<String, BigDecimal> byDomain,
                               Map<CostCategory, BigDecimal> byCategory) {

    static ArchitectureCost of(ArchitectureKind kind, List<ComponentCost> components,
                               Project project) {
        Map<String, String> domainOf = new LinkedHashMap<>();
        Map<String, BigDecimal> byApplication = new LinkedHashMap<>();
        Map<String, BigDecimal> byDomain = new LinkedHashMap<>();
        for (Application a : project.applications()) {
            domainOf.put(a.id(), a.domain() == null ? CostReport.UNASSIGNED : a.domain());
        }
        Map<String, BigDecimal> appTotals = new LinkedHashMap<>();
        Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
        BigDecimal monthly = BigDecimal.ZERO;
        int unpriced = 0;
        for (ComponentCost cost : components) {
            monthly = monthly.add(cost.monthly());
            unpriced += cost.isUnpriced() ? 1 : 0;
            String app = cost.application() != null && domainOf.containsKey(cost.application())
                ? cost.application() : CostReport.UNASSIGNED;
            appTotals.merge(app, cost.monthly(), BigDecimal::add);
            for (CostLine line : cost.lines()) {
                byCategory.merge(line.category(), line.amount(), BigDecimal::add);
            }
        }
        for (String app : domainOf.keySet()) {
            if (appTotals.containsKey(app)) {
                byApplication.put(app, appTotals.get(app));
                byDomain.merge(domainOf.get(app), appTotals.get(app), BigDecimal::add);
            }
        }
        if (appTotals.containsKey(CostReport.UNASSIGNED)) {
            byApplication.put(CostReport.UNASSIGNED, appTotals.get(CostReport.UNASSIGNED));
            byDomain.merge(CostReport.UNASSIGNED, appTotals.get(CostReport.UNASSIGNED),
                BigDecimal::add);
        }
        return new ArchitectureCost(kind, List.copyOf(components), monthly, unpriced,
            Collections.unmodifiableMap(byApplication), Collections.unmodifiableMap(byDomain),
            Collections.unmodifiableMap(byCategory));
    }

    /** The monthly run rate of one application here (0 when it has no component here). */
    public BigDecimal application(String applicationId) {
        return byApplication.getOrDefault(applicationId, BigDecimal.ZERO);
    }
}
