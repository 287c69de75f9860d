package dev.envol.check;

import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalog;
import java.util.List;

/** Runs one inspection alone over a model. */
final class Run {
    private Run() {
    }

    static List<Finding> rule(Inspection inspection, Project project) {
        return rule(inspection, project, new FakePrices());
    }

    static List<Finding> rule(Inspection inspection, Project project, PriceCatalog prices) {
        return inspection.inspect(new CheckContext(project, prices,
            new CostEngineUnpriced()));
    }

    static List<String> components(List<Finding> findings) {
        return findings.stream().map(Finding::component).toList();
    }
}
