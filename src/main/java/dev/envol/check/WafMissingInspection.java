package dev.envol.check;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An internet-facing CloudFront distribution or ALB needs a WAF in front of it against OWASP
 * attacks. "In front" is drawn as a link, either direction, between the entry point and an
 * {@code aws.waf} component.
 */
public final class WafMissingInspection extends RuleInspection {
    public static final String CODE = "security.waf-missing";

    private static final Set<String> ENTRY_POINTS = Set.of("aws.cloudfront", "aws.alb");

    public WafMissingInspection() {
        super(CODE, Severity.ERROR,
            "Internet-facing CloudFront distributions and ALBs protected by a WAF");
    }

    @Override
    public List<Finding> inspect(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            Topology topology = context.topology(kind);
            for (Component c : topology.components()) {
                if (ENTRY_POINTS.contains(c.type()) && topology.internetFacing(c)
                    && !topology.linkedToType(c, "aws.waf")) {
                    findings.add(finding(kind, c, Describe.component(c)
                        + " is internet-facing with no WAF in front: add an aws.waf web ACL and"
                        + " link it to this entry point."));
                }
            }
        }
        return findings;
    }
}
