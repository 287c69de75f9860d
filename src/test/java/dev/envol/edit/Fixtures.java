package dev.envol.edit;

import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Criticality;
import dev.envol.model.Link;
import dev.envol.model.Position;
import dev.envol.model.Project;
import dev.envol.model.Props;
import dev.envol.model.Strategy;
import java.util.List;

final class Fixtures {
    private Fixtures() {
    }

    static Component at(String id, String type, double x, double y) {
        return Component.of(id, id.toUpperCase(), type, "web", Props.of("count", 2))
            .withPosition(new Position(x, y));
    }

    /** Target: alb -> asg -> rds (hard), asg -> cache (soft). */
    static Project project() {
        Architecture target = Architecture.of(
            List.of(at("alb", "aws.alb", 0, 0), at("asg", "aws.asg", 200, 0),
                at("rds", "aws.rds", 400, 0), at("cache", "aws.elasticache", 400, 200)),
            List.of(Link.of("alb", "asg", Coupling.SOFT), Link.of("asg", "rds", Coupling.HARD),
                Link.of("asg", "cache", Coupling.SOFT)));
        return Project.empty("Test")
            .withApplications(List.of(Application.of("web", "Web", "d", Strategy.REHOST,
                Criticality.HIGH)))
            .withArchitecture(ArchitectureKind.TARGET, target);
    }
}
