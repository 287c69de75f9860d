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
 * enum order; a group appears only when it has a component. A paid AWS Support plan counts in
 * {@code monthly} and in the {@code support} category, but in no application or domain: it is
 * priced on the whole architecture's AWS charges, not on one application's.
 */
public record ArchitectureCost(ArchitectureKind kind, List<ComponentCost> components,
                               BigDecimal monthly, int unpricedCount,
                               Map<String, BigDecimal> byApplication,
                               Map<String, BigDecimal> byDomain,
                               Map<CostCategory, BigDecimal> byCategory,
                               SupportCost support) {

    static ArchitectureCost of(ArchitectureKind kind, List<ComponentCost> components,
                               Project project) {
        SupportCost support = kind == ArchitectureKind.TARGET
            ? SupportCost.of(project.settings().awsSupport(), components,
                project.settings().usdToCurrency())
            : SupportCost.none();
        return of(kind, components, project, support);
    }

    private static ArchitectureCost of(ArchitectureKind kind, List<ComponentCost> components,
                                       Project project, SupportCost support) {
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
        if (support.isPaid()) {
            monthly = monthly.add(support.monthly());
            byCategory.merge(CostCategory.SUPPORT, support.monthly(), BigDecimal::add);
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
            Collections.unmodifiableMap(byCategory), support);
    }

    /**
     * The AWS charges per application here (every line of its {@code aws.*} components), with
     * the same grouping as {@link #byApplication()}; applications without any are left out.
     */
    public Map<String, BigDecimal> awsChargesByApplication() {
        Map<String, BigDecimal> charges = new LinkedHashMap<>();
        for (ComponentCost c : components) {
            if (c.component().isAws()) {
                String app = c.application() != null && byApplication.containsKey(c.application())
                    ? c.application() : CostReport.UNASSIGNED;
                charges.merge(app, c.monthly(), BigDecimal::add);
            }
        }
        return charges;
    }

    /** The monthly run rate of one application here (0 when it has no component here). */
    public BigDecimal application(String applicationId) {
        return byApplication.getOrDefault(applicationId, BigDecimal.ZERO);
    }
}
