package dev.envol.check;

import dev.envol.cost.ComponentCost;
import dev.envol.cost.CostEngine;
import dev.envol.cost.CostReport;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * The unpriced components as the cost engine sees them, so {@code check}, {@code estimate} and
 * the cost badges agree on what is unpriced and why.
 */
public final class CostEngineUnpriced implements UnpricedComponents {
    private final CostEngine engine;

    public CostEngineUnpriced() {
        this(new CostEngine());
    }

    public CostEngineUnpriced(CostEngine engine) {
        this.engine = engine;
    }

    @Override
    public List<Item> find(Project project, PriceCatalog prices) {
        CostReport report = engine.estimate(project, prices);
        List<Item> items = new ArrayList<>();
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            for (ComponentCost cost : report.architecture(kind).components()) {
                if (cost.isUnpriced()) {
                    items.add(new Item(kind, cost.id(), String.join("; ", cost.unpriced())));
                }
            }
        }
        return items;
    }
}
