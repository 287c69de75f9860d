package dev.envol.check;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalog;
import java.util.List;
import java.util.Objects;

/**
 * The seam between the checks and the cost engine: which components cannot be priced, and why.
 * {@link CostEngineUnpriced} asks the cost engine; tests give a fixed list.
 */
@FunctionalInterface
public interface UnpricedComponents {

    List<Item> find(Project project, PriceCatalog prices);

    /** One component that cannot be priced, with the reason for a person. */
    record Item(ArchitectureKind architecture, String component, String reason) {
        public Item {
            Objects.requireNonNull(architecture, "architecture");
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
