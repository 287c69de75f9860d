package dev.envol.check;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Severity;
import java.util.List;

/** One rule. Implementations are stateless; {@link Checker} runs them in a stable order. */
public interface Inspection {

    /** Stable code, e.g. {@code security.waf-missing}: users suppress and scripts grep it. */
    String code();

    Severity severity();

    /** What the rule looks for, in one line (for help texts and documentation). */
    String description();

    /** The findings over the whole model, unsuppressed (the checker applies suppressions). */
    List<Finding> inspect(CheckContext context);

    /** A finding of this rule about one component. */
    default Finding finding(ArchitectureKind architecture, Component component, String message) {
        List<String> apps = component.application() == null
            ? List.of() : List.of(component.application());
        return new Finding(code(), severity(), message, architecture, component.id(), apps, false,
            null);
    }
}
