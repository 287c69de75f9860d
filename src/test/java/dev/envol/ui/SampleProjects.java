package dev.envol.ui;

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
import dev.envol.model.Wave;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Models built in code for UI tests (the io package reads files; these do not depend on it). */
public final class SampleProjects {
    private SampleProjects() {
    }

    static Component c(String id, String name, String type, String app, double x, double y, Props props) {
        return new Component(id, name, type, app, props, new Position(x, y), null, false, null, null);
    }

    /** A small betting-platform target: ALB -> ASG -> RDS, plus the on-prem current side. */
    public static Project small() {
        Architecture current = Architecture.of(List.of(
            c("bigip", "F5 BigIP", "onprem.load-balancer", "edge", 0, 0, Props.of("count", 2)),
            c("tomcat", "Tomcat", "onprem.app-server", "betting", 200, 0, Props.of("count", 4)),
            c("mysql", "MySQL", "onprem.database", "betting", 400, 0, Props.of("engine", "mysql"))),
            List.of(Link.of("bigip", "tomcat", Coupling.SOFT), Link.of("tomcat", "mysql", Coupling.HARD)));
        Architecture target = Architecture.of(List.of(
            c("alb", "Public ALB", "aws.alb", "edge", 0, 0, Props.empty()),
            c("rds", "Bets database", "aws.rds", "betting", 400, 0,
                Props.of("engine", "mysql", "instanceType", "db.m5.large", "storageGb", 200))),
            List.of(Link.of("alb", "rds", Coupling.SOFT)));
        return Project.empty("Betting")
            .withApplications(List.of(
                Application.of("edge", "Shared edge", "shared", Strategy.REPLATFORM, Criticality.HIGH),
                Application.of("betting", "Horse betting", "horse-racing", Strategy.REPLATFORM, Criticality.HIGH)))
            .withArchitecture(ArchitectureKind.CURRENT, current)
            .withArchitecture(ArchitectureKind.TARGET, target)
            .withWaves(List.of(Wave.of("wave-1", "Wave 1", YearMonth.of(2027, 3), List.of("edge"))));
    }

    /** A target of {@code n} components in applications of 20, with 1.5 links per component. */
    public static Project generated(int n, long seed) {
        Random random = new Random(seed);
        String[] types = {"aws.ec2", "aws.rds", "aws.s3", "aws.alb", "aws.lambda", "aws.sqs"};
        List<Component> comps = new ArrayList<>();
        List<Application> apps = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int perRow = (int) Math.ceil(Math.sqrt(n));
        for (int i = 0; i < n; i++) {
            String app = "app-" + (i / 20);
            if (i % 20 == 0) {
                apps.add(Application.of(app, "Application " + (i / 20), "d", Strategy.REHOST, Criticality.LOW));
            }
            comps.add(c("c" + i, "Component " + i, types[random.nextInt(types.length)], app,
                (i % perRow) * 160.0, (i / perRow) * 140.0, Props.empty()));
        }
        for (int i = 0; i < n * 3 / 2; i++) {
            int a = random.nextInt(n);
            int b = Math.min(n - 1, Math.max(0, a + random.nextInt(5) - 2));
            if (a != b) {
                links.add(Link.of("c" + a, "c" + b, random.nextBoolean() ? Coupling.HARD : Coupling.SOFT));
            }
        }
        return Project.empty("Generated " + n).withApplications(apps)
            .withArchitecture(ArchitectureKind.TARGET, Architecture.of(comps, links));
    }
}
