package dev.envol.cost;

import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Project;
import dev.envol.model.PurchaseOption;
import dev.envol.model.Settings;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceQuery;
import dev.envol.pricing.PriceResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prices a project: one {@link ComponentCost} per component of both architectures. Cheap to call
 * on every edit: the rules are stateless, and catalog answers are remembered per catalog (price
 * catalogs are immutable), so a re-estimate does arithmetic only. Safe to share between threads.
 */
public final class CostEngine {
    private static final String SHIELD = "aws.shield-advanced";

    private final ComponentCatalog types;
    /** Each catalog's answers, remembered. */
    private final Map<PriceCatalog, Map<PriceQuery, EstimateContext.Answer>> answers =
        Collections.synchronizedMap(new WeakHashMap<>());

    private EstimateContext context(Project project, PriceCatalog catalog) {
        return new EstimateContext(project.settings(), catalog,
            shieldSubscriptionHolder(project),
            answers.computeIfAbsent(catalog, c -> new ConcurrentHashMap<>()));
    }

    public CostEngine() {
        this(ComponentCatalog.standard());
    }

    public CostEngine(ComponentCatalog types) {
        this.types = types;
    }

    public CostReport estimate(Project project, PriceCatalog catalog) {
        EstimateContext context = context(project, catalog);
        List<ComponentCost> current = price(project, ArchitectureKind.CURRENT, context);
        List<ComponentCost> target = price(project, ArchitectureKind.TARGET, context);
        return new CostReport(project, catalog.source(), catalog.asOf(), current, target);
    }

    /**
     * Prices one component alone: an item billed by volume tiers is tiered over this
     * component's quantity only (its price if it were the only user of the item).
     */
    public ComponentCost estimate(Component component, ArchitectureKind architecture,
                                  Project project, PriceCatalog catalog) {
        TierPass tiers = new TierPass();
        ComponentCost cost = price(component, architecture, context(project, catalog), tiers, 0);
        return tiers.apply(List.of(cost)).get(0);
    }

    private List<ComponentCost> price(Project project, ArchitectureKind kind,
                                      EstimateContext context) {
        List<Component> components = project.architecture(kind).components();
        List<ComponentCost> costs = new ArrayList<>(components.size());
        TierPass tiers = new TierPass();
        for (Component component : components) {
            costs.add(price(component, kind, context, tiers, costs.size()));
        }
        return tiers.apply(costs);
    }

    private ComponentCost price(Component component, ArchitectureKind kind,
                                EstimateContext context, TierPass tiers, int index) {
        Optional<ComponentType> type = types.find(component.type());
        Optional<CostRule> rule = CostRules.forType(component.type());
        if (type.isEmpty() || rule.isEmpty()) {
            return ComponentCost.of(component, kind, null, null, List.of(),
                List.of("unknown component type " + component.type()));
        }
        Settings settings = context.settings();
        String region = null;
        PurchaseOption purchase = null;
        String badPurchase = null;
        if (component.isAws()) {
            region = component.props().text("region", settings.region());
            if (rule.get().reservable()) {
                String key = component.props().text("pricing", null);
                purchase = key == null ? settings.pricing()
                    : PurchaseOption.fromKey(key).orElse(null);
                badPurchase = purchase == null ? key : null;
            }
        }
        LineBuilder lines = new LineBuilder(component, type.get(), context, region, purchase);
        if (badPurchase != null) {
            lines.unpriced("unknown purchase option " + badPurchase);
        } else {
            rule.get().price(lines);
        }
        tiers.add(index, lines.tiered());
        return lines.build(kind);
    }

    /** The first Shield Advanced component in model order: it pays the one subscription. */
    private static String shieldSubscriptionHolder(Project project) {
        return project.allComponents().filter(c -> c.type().equals(SHIELD))
            .map(Component::id).findFirst().orElse(null);
    }
}
