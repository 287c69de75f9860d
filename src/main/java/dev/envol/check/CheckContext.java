package dev.envol.check;

import dev.envol.model.Application;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Criticality;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalog;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What every inspection may read: the model, its thresholds, prices, the unpriced components. */
public final class CheckContext {
    private final Project project;
    private final CheckSettings settings;
    private final PriceCatalog catalog;
    private final PriceCatalog prices;
    private final UnpricedComponents unpriced;
    private final Map<ArchitectureKind, Topology> topologies =
        new EnumMap<>(ArchitectureKind.class);
    private final Map<String, Application> applications = new HashMap<>();

    public CheckContext(Project project, PriceCatalog prices, UnpricedComponents unpriced) {
        this.project = Objects.requireNonNull(project, "project");
        this.catalog = Objects.requireNonNull(prices, "prices");
        this.prices = new RememberedPrices(catalog);
        this.unpriced = Objects.requireNonNull(unpriced, "unpriced");
        this.settings = CheckSettings.from(project.settings());
        for (Application a : project.applications()) {
            applications.putIfAbsent(a.id(), a);
        }
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            topologies.put(kind, new Topology(project.architecture(kind)));
        }
    }

    public Project project() {
        return project;
    }

    public CheckSettings settings() {
        return settings;
    }

    /** The catalog, remembering its answers for this run. */
    public PriceCatalog prices() {
        return prices;
    }

    /** The components that cannot be priced (asked with the raw catalog: the engine caches). */
    public List<UnpricedComponents.Item> unpricedComponents() {
        return unpriced.find(project, catalog);
    }

    Topology topology(ArchitectureKind kind) {
        return topologies.get(kind);
    }

    /** Whether the component belongs to an application critical enough for resilience rules. */
    boolean isCritical(Component component) {
        Application app = component.application() == null ? null
            : applications.get(component.application());
        return app != null && settings.isCritical(app.criticality());
    }

    /** The component's application criticality, for messages ("high-criticality"). */
    Criticality criticality(Component component) {
        Application app = component.application() == null ? null
            : applications.get(component.application());
        return app == null ? Criticality.MEDIUM : app.criticality();
    }
}
