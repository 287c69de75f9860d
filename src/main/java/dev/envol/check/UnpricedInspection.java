package dev.envol.check;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Components that cannot be priced: they are left out of every total, so the figures of the
 * business case are too low until they are fixed.
 */
public final class UnpricedInspection extends RuleInspection {
    public static final String CODE = "model.unpriced";

    public UnpricedInspection() {
        super(CODE, Severity.WARNING,
            "Components the price catalog cannot price (left out of the totals)");
    }

    @Override
    public List<Finding> inspect(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (UnpricedComponents.Item item : context.unpricedComponents()) {
            ArchitectureKind kind = item.architecture();
            Optional<Component> c = context.topology(kind).component(item.component());
            String what = c.map(Describe::component).orElse(item.component());
            String message = what + " cannot be priced: " + item.reason() + ". It is left out"
                + " of every total until that is fixed.";
            findings.add(c.map(comp -> finding(kind, comp, message))
                .orElseGet(() -> new Finding(CODE, severity(), message, kind, item.component(),
                    List.of(), false, null)));
        }
        return findings;
    }
}
