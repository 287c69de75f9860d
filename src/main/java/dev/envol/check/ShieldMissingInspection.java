package dev.envol.check;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Internet-facing entry points (CloudFront, ALB, Route 53: what Shield Advanced protects) in an
 * architecture with no {@code aws.shield-advanced}. Information only: Shield Standard still
 * applies, and the subscription is a business decision.
 */
public final class ShieldMissingInspection extends RuleInspection {
    public static final String CODE = "security.shield-missing";

    private static final Set<String> ENTRY_POINTS =
        Set.of("aws.cloudfront", "aws.alb", "aws.route53");

    public ShieldMissingInspection() {
        super(CODE, Severity.INFO,
            "Shield Advanced against DDoS for internet-facing entry points");
    }

    @Override
    public List<Finding> inspect(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            Topology topology = context.topology(kind);
            if (!topology.ofType("aws.shield-advanced").isEmpty()) {
                continue;
            }
            for (Component c : topology.components()) {
                if (ENTRY_POINTS.contains(c.type()) && topology.internetFacing(c)) {
                    findings.add(finding(kind, c, Describe.component(c)
                        + " is internet-facing and only has Shield Standard: consider Shield"
                        + " Advanced (add an aws.shield-advanced component) against DDoS."));
                }
            }
        }
        return findings;
    }
}
