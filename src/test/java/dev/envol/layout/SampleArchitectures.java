package dev.envol.layout;

import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Criticality;
import dev.envol.model.Link;
import dev.envol.model.Project;
import dev.envol.model.Props;
import dev.envol.model.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Architectures for layout and export tests: the betting story, and seeded random estates. */
public final class SampleArchitectures {
    private static final String[] TYPES = {"onprem.server", "onprem.database", "onprem.cache",
        "onprem.load-balancer", "onprem.storage", "aws.ec2", "aws.rds", "aws.s3", "aws.sqs",
        "aws.lambda", "aws.kms", "aws.cloudwatch"};

    private SampleArchitectures() {
    }

    public static List<Application> applications() {
        return List.of(
            Application.of("edge", "Shared edge", "platform", Strategy.REPLATFORM,
                Criticality.HIGH),
            Application.of("betting", "Horse betting", "horse-racing", Strategy.REPLATFORM,
                Criticality.HIGH),
            Application.of("login", "Login", "accounts", Strategy.REHOST, Criticality.MEDIUM));
    }

    public static Architecture current() {
        List<Component> components = List.of(
            Component.of("users", "Punters", "external.users", null, null),
            Component.of("bigip", "F5 BigIP", "onprem.load-balancer", "edge", Props.of("count", 2)),
            Component.of("varnish", "Varnish", "onprem.cache", "edge", null),
            Component.of("bet-api", "Bet API (Tomcat)", "onprem.app-server", "betting", null),
            Component.of("bet-db", "Bets MySQL", "onprem.database", "betting", null),
            Component.of("sessions", "Redis sessions", "onprem.cache", "login", null),
            Component.of("login-app", "Login \"SSO\" #1", "onprem.server", "login", null),
            Component.of("psp", "Payment provider", "external.system", null, null));
        List<Link> links = List.of(
            Link.of("users", "bigip", Coupling.SOFT),
            Link.of("bigip", "varnish", Coupling.HARD),
            Link.of("varnish", "bet-api", Coupling.SOFT),
            Link.of("varnish", "login-app", Coupling.SOFT),
            Link.of("bet-api", "bet-db", Coupling.HARD),
            Link.of("bet-api", "sessions", Coupling.SOFT),
            Link.of("login-app", "sessions", Coupling.HARD),
            Link.of("bet-api", "psp", Coupling.SOFT));
        return Architecture.of(components, links);
    }

    public static Architecture target() {
        List<Component> components = List.of(
            Component.of("users-t", "Punters", "external.users", null, null),
            Component.of("cdn", "CloudFront", "aws.cloudfront", "edge", null),
            Component.of("waf", "WAF", "aws.waf", "edge", null),
            Component.of("alb", "Bet ALB", "aws.alb", "betting", null),
            Component.of("bet-asg", "Bet API <ASG>", "aws.asg", "betting", null),
            Component.of("bet-rds", "Bets RDS", "aws.rds", "betting", null),
            Component.of("bet-queue", "Bets queue", "aws.sqs", "betting", null),
            Component.of("redis", "Sessions & tokens", "aws.elasticache", "login", null),
            Component.of("login-fn", "Login function", "aws.lambda", "login", null),
            Component.of("kms", "KMS", "aws.kms", null, null));
        List<Link> links = List.of(
            Link.of("users-t", "cdn", Coupling.SOFT),
            Link.of("cdn", "waf", Coupling.HARD),
            Link.of("cdn", "alb", Coupling.SOFT),
            Link.of("alb", "bet-asg", Coupling.HARD),
            Link.of("bet-asg", "bet-rds", Coupling.HARD),
            Link.of("bet-asg", "bet-queue", Coupling.SOFT),
            Link.of("bet-asg", "redis", Coupling.SOFT),
            Link.of("login-fn", "redis", Coupling.HARD),
            Link.of("cdn", "login-fn", Coupling.SOFT),
            Link.of("bet-rds", "kms", Coupling.SOFT));
        return Architecture.of(components, links);
    }

    public static Project project() {
        return Project.empty("Betting platform migration")
            .withApplications(applications())
            .withArchitecture(dev.envol.model.ArchitectureKind.CURRENT, current())
            .withArchitecture(dev.envol.model.ArchitectureKind.TARGET, target());
    }

    /**
     * A random estate: {@code applications} applications of 1 to 9 components, hard links inside
     * an application, soft links to earlier applications (so dependencies point one way mostly).
     */
    public static Architecture random(long seed, int applications, int componentsPerApp) {
        Random random = new Random(seed);
        List<Component> components = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int n = 0;
        for (int a = 0; a < applications; a++) {
            int size = componentsPerApp > 0 ? componentsPerApp : 1 + random.nextInt(9);
            int first = n;
            for (int i = 0; i < size; i++, n++) {
                String app = random.nextInt(20) == 0 ? null : "app-" + a;
                components.add(Component.of("c" + n, "Component " + n,
                    TYPES[random.nextInt(TYPES.length)], app, null));
                if (i > 0) {
                    links.add(Link.of("c" + (first + random.nextInt(i)), "c" + n, Coupling.HARD));
                }
            }
            if (first > 0) {
                links.add(Link.of("c" + random.nextInt(first), "c" + (first + random.nextInt(size)),
                    Coupling.SOFT));
                links.add(Link.of("c" + (first + random.nextInt(size)), "c" + random.nextInt(first),
                    Coupling.SOFT));
            }
        }
        return Architecture.of(components, links);
    }
}
