package dev.envol.check;

import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.catalog.PropertySpec;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.Unpriced;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Unpriced components found without the cost engine: an AWS component missing a property its
 * cost rule requires (the catalog marks them), or whose instance type the catalog has no price
 * for. Not as complete as the cost engine's report (it does not price every line).
 */
public final class RequiredPropertiesUnpriced implements UnpricedComponents {

    @Override
    public List<Item> find(Project project, PriceCatalog prices) {
        InstancePricing pricing = new InstancePricing(prices, project.settings());
        List<Item> items = new ArrayList<>();
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            for (Component c : project.architecture(kind).components()) {
                Optional<ComponentType> type = ComponentCatalog.standard().find(c.type());
                if (type.isEmpty() || !type.get().isAws()) {
                    continue;
                }
                Optional<String> missing = type.get().properties().stream()
                    .filter(PropertySpec::required)
                    .map(PropertySpec::name)
                    .filter(name -> !c.props().has(name))
                    .findFirst();
                if (missing.isPresent()) {
                    items.add(new Item(kind, c.id(), "\"" + missing.get() + "\" is not set"));
                    continue;
                }
                InstancePricing.instanceType(c)
                    .map(t -> pricing.monthlyUsd(c, t))
                    .filter(Unpriced.class::isInstance)
                    .ifPresent(u -> items.add(new Item(kind, c.id(), ((Unpriced) u).reason())));
            }
        }
        return items;
    }
}
