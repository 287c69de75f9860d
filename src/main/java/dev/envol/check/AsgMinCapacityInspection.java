package dev.envol.check;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An Auto Scaling group of a critical application keeps at least {@code checks.asgMinCapacity}
 * instances (default 2), so one instance or one zone can fail without an outage.
 */
public final class AsgMinCapacityInspection extends RuleInspection {
    public static final String CODE = "resilience.asg-min-capacity";

    public AsgMinCapacityInspection() {
        super(CODE, Severity.WARNING,
            "Auto Scaling groups of critical applications with a minimum of at least 2");
    }

    @Override
    public List<Finding> inspect(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        BigDecimal floor = BigDecimal.valueOf(context.settings().asgMinCapacity());
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            for (Component c : context.topology(kind).ofType("aws.asg")) {
                BigDecimal min = c.props().decimal("min", BigDecimal.ZERO);
                if (context.isCritical(c) && min.compareTo(floor) < 0) {
                    findings.add(finding(kind, c, Describe.component(c) + " of the "
                        + context.criticality(c).key() + "-criticality application "
                        + c.application() + " has min " + min.toPlainString()
                        + ": set \"min\" to at least " + floor.toPlainString()
                        + " so it survives the loss of an instance or a zone."));
                }
            }
        }
        return findings;
    }
}
