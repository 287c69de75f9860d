package dev.envol.check;

import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Link;
import dev.envol.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A link whose end is not a component of the same architecture (a component of the other
 * architecture, or one that was deleted) or that joins a component to itself: diagrams, the wave
 * planner and these checks ignore it.
 */
public final class DanglingLinkInspection extends RuleInspection {
    public static final String CODE = "model.dangling-link";

    public DanglingLinkInspection() {
        super(CODE, Severity.WARNING,
            "Links between two distinct components of the same architecture");
    }

    @Override
    public List<Finding> inspect(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            Architecture architecture = context.project().architecture(kind);
            Topology topology = context.topology(kind);
            for (Link link : architecture.links()) {
                String problem = null;
                if (!topology.contains(link.from())) {
                    problem = "starts at \"" + link.from() + "\", which is not a component of the "
                        + kind.key() + " architecture";
                } else if (!topology.contains(link.to())) {
                    problem = "ends at \"" + link.to() + "\", which is not a component of the "
                        + kind.key() + " architecture";
                } else if (link.from().equals(link.to())) {
                    problem = "joins " + link.from() + " to itself";
                }
                if (problem != null) {
                    String owner = topology.contains(link.from()) ? link.from() : null;
                    List<String> apps = owner == null ? List.of() : topology.component(owner)
                        .map(c -> c.application() == null ? List.<String>of()
                            : List.of(c.application()))
                        .orElse(List.of());
                    findings.add(new Finding(CODE, severity(), "The link " + link.from() + " -> "
                        + link.to() + " " + problem + ": point it at an existing component of"
                        + " this architecture or delete it.", kind, owner, apps, false, null));
                }
            }
        }
        return findings;
    }
}
