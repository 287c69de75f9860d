package dev.envol.check;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A database of a critical application must survive the loss of an availability zone: RDS with
 * {@code multiAz: true}, ElastiCache with at least {@code checks.cacheMinNodes} nodes (a replica
 * in another zone). Critical means at least {@code checks.criticality} (default high).
 */
public final class SingleAzInspection extends RuleInspection {
    public static final String CODE = "resilience.single-az";

    public SingleAzInspection() {
        super(CODE, Severity.WARNING,
            "Databases and caches of critical applications spread over two availability zones");
    }

    @Override
    public List<Finding> inspect(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        int minNodes = context.settings().cacheMinNodes();
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            for (Component c : context.topology(kind).components()) {
                if (!context.isCritical(c)) {
                    continue;
                }
                String app = context.criticality(c).key() + "-criticality application "
                    + c.application();
                if (c.type().equals("aws.rds") && !c.props().flag("multiAz", false)) {
                    findings.add(finding(kind, c, Describe.component(c) + " of the " + app
                        + " runs in a single availability zone: set \"multiAz\": true."));
                } else if (c.type().equals("aws.elasticache")) {
                    BigDecimal nodes = c.props().decimal("nodes", BigDecimal.ONE);
                    if (nodes.compareTo(BigDecimal.valueOf(minNodes)) < 0) {
                        findings.add(finding(kind, c, Describe.component(c) + " of the " + app
                            + " has " + nodes.toPlainString() + " node(s), all in one"
                            + " availability zone: use at least " + minNodes
                            + " nodes across zones."));
                    }
                }
            }
        }
        return findings;
    }
}
