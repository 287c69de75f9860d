package dev.envol.generate;

import static dev.envol.generate.Parts.component;

import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Criticality;
import dev.envol.model.Link;
import dev.envol.model.Project;
import dev.envol.model.Props;
import dev.envol.model.PurchaseOption;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic estate: applications by business domain with 7R strategies; the current
 * architecture (servers, databases, caches, batches behind a shared load balancer) and the AWS
 * target (Auto Scaling groups or EC2, RDS, ElastiCache, ALB, S3, Lambda, SQS behind a shared
 * CloudFront edge). About 5 components and 15 links per application; links between applications
 * point to earlier ones (mostly a few core ones) and to shared services, so wave planning has real
 * dependencies without cycles. The same seed always gives the same project.
 */
public final class EstateGenerator {
    private static final List<String> DOMAINS = List.of("accounts", "payments", "sports-betting",
        "horse-racing", "casino", "poker", "crm", "marketing", "reporting", "risk", "compliance",
        "customer-care", "identity", "content", "data");
    private static final List<String> NOUNS = List.of("api", "portal", "engine", "service",
        "backoffice", "gateway", "worker", "hub");
    private static final String SHARED = "shared-services";

    private final long seed;
    private final Random random;
    private final Parts parts;
    private final List<Component> current = new ArrayList<>();
    private final List<Component> target = new ArrayList<>();
    private final Set<Link> currentLinks = new LinkedHashSet<>();
    private final Set<Link> targetLinks = new LinkedHashSet<>();

    public EstateGenerator(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        this.parts = new Parts(random);
    }

    /** A new estate of {@code applications} applications (plus one of shared services). */
    public Project generate(int applications) {
        if (applications < 1) {
            throw new IllegalArgumentException("at least one application, not " + applications);
        }
        current.clear();
        target.clear();
        currentLinks.clear();
        targetLinks.clear();
        random.setSeed(seed);
        List<Application> apps = new ArrayList<>();
        apps.add(new Application(SHARED, "Shared services", "platform", Strategy.REPLATFORM,
            Criticality.HIGH, null, null, "platform-team", null));
        SharedServices.addTo(current, target, currentLinks, targetLinks, SHARED);
        List<AppParts> placed = new ArrayList<>();
        for (int i = 0; i < applications; i++) {
            Application app = application(i);
            apps.add(app);
            AppParts p = new AppParts(app, i);
            placed.add(p);
            p.build();
            dependOnOthers(p, placed);
        }
        Settings settings = Settings.defaults().withPricing(PurchaseOption.ON_DEMAND)
            .withUsdToCurrency(new BigDecimal("0.92"));
        return new Project(Project.FORMAT, "Synthetic estate: " + applications
            + " applications (seed " + seed + ")", settings, apps,
            Architecture.of(current, new ArrayList<>(currentLinks)),
            Architecture.of(target, new ArrayList<>(targetLinks)), null, null);
    }

    private Application application(int index) {
        String domain = DOMAINS.get(index % DOMAINS.size());
        String noun = parts.pick(NOUNS);
        String id = domain + "-" + noun + "-" + (index + 1);
        Strategy strategy = parts.pick(List.of(Strategy.REHOST, Strategy.REHOST,
            Strategy.REPLATFORM, Strategy.REPLATFORM, Strategy.REPLATFORM, Strategy.REFACTOR,
            Strategy.REPURCHASE, Strategy.RETAIN, Strategy.RETIRE));
        Criticality criticality = parts.pick(List.of(Criticality.LOW, Criticality.MEDIUM,
            Criticality.MEDIUM, Criticality.HIGH));
        String name = Character.toUpperCase(domain.charAt(0)) + domain.substring(1)
            .replace('-', ' ') + " " + noun + " " + (index + 1);
        return new Application(id, name, domain, strategy, criticality, null, null,
            domain + "-team", null);
    }

    /** Soft links to earlier applications: most to the first few ("core") ones. */
    private void dependOnOthers(AppParts p, List<AppParts> placed) {
        int earlier = placed.size() - 1;
        if (earlier == 0) {
            return;
        }
        int core = Math.min(earlier, Math.max(3, placed.size() / 20));
        int count = parts.between(2, 5);
        for (int k = 0; k < count; k++) {
            AppParts other = placed.get(parts.chance(0.7) ? random.nextInt(core)
                : random.nextInt(earlier));
            Coupling coupling = parts.chance(0.03) ? Coupling.HARD : Coupling.SOFT;
            currentLinks.add(link(p.server, other.server, coupling, "REST"));
            if (p.compute != null && other.compute != null) {
                targetLinks.add(link(p.compute, other.entry(), coupling, "REST"));
            }
        }
    }

    private static Link link(String from, String to, Coupling coupling, String label) {
        return new Link(from, to, coupling, label, null, null);
    }

    /** One application's components and its links inside the application and to shared ones. */
    private final class AppParts {
        private final Application app;
        private final int x;
        private final int y;
        private final boolean critical;
        private String server;
        private String compute;
        private String alb;

        AppParts(Application app, int index) {
            this.app = app;
            this.x = (index % 25) * 640;
            this.y = 400 + (index / 25) * 560;
            this.critical = app.criticality() == Criticality.HIGH;
        }

        String entry() {
            return alb != null ? alb : compute;
        }

        void build() {
            String id = app.id();
            server = id + "-srv";
            add(current, server, "Tomcat " + app.name(), "onprem.server",
                parts.server(critical ? 2 : 1), 0);
            link(currentLinks, SharedServices.LOAD_BALANCER, server, Coupling.SOFT, "HTTP");
            link(currentLinks, server, SharedServices.DIRECTORY, Coupling.SOFT, "LDAP");
            link(currentLinks, server, SharedServices.LOGGING, Coupling.SOFT, "syslog");
            String engine = parts.pick(List.of("mysql", "mysql", "postgresql", "mariadb"));
            boolean hasDb = parts.chance(0.7);
            boolean hasCache = parts.chance(0.35);
            if (hasDb) {
                add(current, id + "-db", "MySQL " + app.name(), "onprem.database",
                    parts.database(engine), 1);
                link(currentLinks, server, id + "-db", Coupling.HARD, "JDBC");
            }
            if (hasCache) {
                add(current, id + "-cache", "Redis " + app.name(), "onprem.cache",
                    parts.cache("redis"), 2);
                link(currentLinks, server, id + "-cache", Coupling.HARD, "RESP");
            }
            if (parts.chance(0.3)) {
                add(current, id + "-batch", "Night batch " + app.name(), "onprem.batch",
                    Props.of(parts.onPremCosts(1000)), 3);
                link(currentLinks, id + "-batch", hasDb ? id + "-db" : server, Coupling.HARD,
                    "JDBC");
                link(currentLinks, id + "-batch", SharedServices.SCHEDULER, Coupling.SOFT, null);
            }
            if (app.strategy().moves()) {
                buildTarget(engine, hasDb, hasCache);
            }
        }

        private void buildTarget(String engine, boolean hasDb, boolean hasCache) {
            String id = app.id();
            boolean rehost = app.strategy() == Strategy.REHOST;
            compute = id + (rehost ? "-ec2" : "-asg");
            add(target, compute, (rehost ? "EC2 " : "ASG ") + app.name(),
                rehost ? "aws.ec2" : "aws.asg", rehost ? parts.ec2() : parts.asg(critical), 0);
            link(targetLinks, compute, SharedServices.SECRETS, Coupling.SOFT, "HTTPS");
            link(targetLinks, compute, SharedServices.MONITORING, Coupling.SOFT, "HTTPS");
            link(targetLinks, compute, SharedServices.KEYS, Coupling.SOFT, "HTTPS");
            if (parts.chance(0.6)) {
                alb = id + "-alb";
                add(target, alb, "ALB " + app.name(), "aws.alb", parts.alb(), 1);
                link(targetLinks, alb, compute, Coupling.HARD, "HTTP");
                link(targetLinks, SharedServices.CDN, alb, Coupling.SOFT, "HTTPS");
            }
            if (hasDb) {
                add(target, id + "-rds", "RDS " + app.name(), "aws.rds",
                    parts.rds(engine, critical), 2);
                link(targetLinks, compute, id + "-rds", Coupling.HARD, "JDBC");
            }
            if (hasCache) {
                add(target, id + "-redis", "ElastiCache " + app.name(), "aws.elasticache",
                    parts.elasticache("redis"), 3);
                link(targetLinks, compute, id + "-redis", Coupling.HARD, "RESP");
            }
            if (parts.chance(0.25)) {
                add(target, id + "-queue", "SQS " + app.name(), "aws.sqs", parts.sqs(), 4);
                link(targetLinks, compute, id + "-queue", Coupling.SOFT, "HTTPS");
                add(target, id + "-fn", "Lambda " + app.name(), "aws.lambda", parts.lambda(), 5);
                link(targetLinks, id + "-fn", id + "-queue", Coupling.SOFT, "HTTPS");
                if (hasDb) {
                    link(targetLinks, id + "-fn", id + "-rds", Coupling.SOFT, "JDBC");
                }
            }
            if (parts.chance(0.25)) {
                add(target, id + "-bucket", "S3 " + app.name(), "aws.s3", parts.s3(), 6);
                link(targetLinks, compute, id + "-bucket", Coupling.SOFT, "HTTPS");
            }
        }

        private void add(List<Component> list, String id, String name, String type,
                         Props props, int slot) {
            list.add(component(id, name, type, app.id(), props, x + (slot % 3) * 180,
                y + (slot / 3) * 160));
        }

        private void link(Set<Link> links, String from, String to, Coupling coupling,
                          String label) {
            links.add(EstateGenerator.link(from, to, coupling, label));
        }
    }
}
