package dev.envol.cost;

import dev.envol.model.Application;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly run rate of one architecture and its groupings. Maps keep a stable order:
 * applications and domains in model order (then {@link CostReport#UNASSIGNED}), categories in
 * enum order; a group appears only when it has a component. A paid AWS Support plan counts in
 * {@code monthly} and in the {@code support} category, but in no application or domain: it is
 * priced on the whole architecture's AWS charges, not on one application's.
 *
 * @param awsChargesByApplication the AWS charges per application (every line of its
 *                                {@code aws.*} components), grouped as {@link #byApplication()};
 *                                applications without any are left out
 * @param tieredComponents        the components with a line split over volume tiers
 */
public record ArchitectureCost(ArchitectureKind kind, List<ComponentCost> components,
                               BigDecimal monthly, int unpricedCount,
                               Map<String, BigDecimal> byApplication,
                               Map<String, BigDecimal> byDomain,
                               Map<CostCategory, BigDecimal> byCategory,
                               SupportCost support,
                               Map<String, BigDecimal> awsChargesByApplication,
                               List<ComponentCost> tieredComponents) {

    /**
     * Adds everything up in one pass over the components (on a large estate the passes, not the
     * additions, cost the most: each one walks thousands of objects).
     */
    static ArchitectureCost of(ArchitectureKind kind, List<ComponentCost> components,
                               Project project) {
        Map<String, String> domainOf = new LinkedHashMap<>();
        for (Application a : project.applications()) {
            domainOf.put(a.id(), a.domain() == null ? CostReport.UNASSIGNED : a.domain());
        }
        CostCategory[] categories = CostCategory.values();
        Sum[] byCategory = new Sum[categories.length];
        Map<String, Sum> appTotals = new HashMap<>(2 * domainOf.size() + 2);
        Map<String, Sum> awsTotals = new LinkedHashMap<>();
        List<ComponentCost> tiered = new ArrayList<>();
        Sum monthly = new Sum();
        Sum aws = new Sum();
        int unpriced = 0;
        String app = null;
        Sum appSum = null;
        for (ComponentCost cost : components) {
            BigDecimal amount = cost.monthly();
            monthly.add(amount);
            unpriced += cost.isUnpriced() ? 1 : 0;
            String owner = cost.application();
            if (appSum == null || !java.util.Objects.equals(owner, app)) {
                app = owner;
                String group = owner != null && domainOf.containsKey(owner) ? owner
                    : CostReport.UNASSIGNED;
                appSum = appTotals.computeIfAbsent(group, g -> new Sum());
            }
            appSum.add(amount);
            if (cost.component().isAws()) {
                aws.add(amount);
                String group = owner != null && domainOf.containsKey(owner) ? owner
                    : CostReport.UNASSIGNED;
                awsTotals.computeIfAbsent(group, g -> new Sum()).add(amount);
            }
            boolean hasTiers = false;
            for (CostLine line : cost.lines()) {
                int c = line.category().ordinal();
                if (byCategory[c] == null) {
                    byCategory[c] = new Sum();
                }
                byCategory[c].add(line.amount());
                hasTiers |= line.isTiered();
            }
            if (hasTiers) {
                tiered.add(cost);
            }
        }
        SupportCost support = kind == ArchitectureKind.TARGET
            ? SupportCost.of(project.settings().awsSupport(), aws.total(),
                project.settings().usdToCurrency())
            : SupportCost.none();
        Map<CostCategory, BigDecimal> categoryTotals = new EnumMap<>(CostCategory.class);
        for (int c = 0; c < categories.length; c++) {
            if (byCategory[c] != null) {
                categoryTotals.put(categories[c], byCategory[c].total());
            }
        }
        BigDecimal total = monthly.total();
        if (support.isPaid()) {
            total = total.add(support.monthly());
            categoryTotals.merge(CostCategory.SUPPORT, support.monthly(), BigDecimal::add);
        }
        Map<String, BigDecimal> byApplication = new LinkedHashMap<>();
        Map<String, BigDecimal> byDomain = new LinkedHashMap<>();
        for (String a : domainOf.keySet()) {
            Sum sum = appTotals.get(a);
            if (sum != null) {
                byApplication.put(a, sum.total());
                byDomain.merge(domainOf.get(a), sum.total(), BigDecimal::add);
            }
        }
        Sum none = appTotals.get(CostReport.UNASSIGNED);
        if (none != null) {
            byApplication.put(CostReport.UNASSIGNED, none.total());
            byDomain.merge(CostReport.UNASSIGNED, none.total(), BigDecimal::add);
        }
        Map<String, BigDecimal> awsByApplication = new LinkedHashMap<>();
        awsTotals.forEach((a, sum) -> awsByApplication.put(a, sum.total()));
        return new ArchitectureCost(kind, List.copyOf(components), total, unpriced,
            Collections.unmodifiableMap(byApplication), Collections.unmodifiableMap(byDomain),
            Collections.unmodifiableMap(categoryTotals), support,
            Collections.unmodifiableMap(awsByApplication), List.copyOf(tiered));
    }

    /** The monthly run rate of one application here (0 when it has no component here). */
    public BigDecimal application(String applicationId) {
        return byApplication.getOrDefault(applicationId, BigDecimal.ZERO);
    }
}
