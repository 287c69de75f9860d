package dev.envol.plan;

import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Criticality;
import dev.envol.model.Link;
import dev.envol.model.Project;
import dev.envol.model.Props;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random estates for property tests (wilder than {@code EstateGenerator}'s: pins, back
 * links that make cycles of any size, unassigned components). Applications sit in tiers (front,
 * services, data, shared) and mostly depend downwards, as real estates do; a few links go back up
 * (cycles), a few are hard, some applications are pinned, retired or retained, some components
 * belong to no application, some moving applications have no target.
 */
public final class RandomEstate {
    private static final String[] DOMAINS = {"horse", "sport", "poker", "account", "payment", null};
    private static final String[] ONPREM = {"onprem.server", "onprem.server", "onprem.database",
        "onprem.app-server", "onprem.cache", "onprem.load-balancer"};
    private static final double PIN_SHARE = 0.04;
    private static final double HARD_SHARE = 0.03;
    private static final double BACK_SHARE = 0.01;
    private static final Strategy[] MOVING = {Strategy.REHOST, Strategy.REPLATFORM,
        Strategy.REFACTOR, Strategy.REPURCHASE, Strategy.RELOCATE};

    private final Random random;

    public RandomEstate(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param applications how many applications
     * @param components   how many current components in all (some without application)
     * @param links        how many current links
     */
    public Project generate(int applications, int components, int links) {
        List<Application> apps = new ArrayList<>();
        int[] tier = new int[applications];
        for (int i = 0; i < applications; i++) {
            tier[i] = random.nextInt(4);
            apps.add(application(i));
        }
        List<Component> current = new ArrayList<>();
        List<Integer> owner = new ArrayList<>(); // app index, -1 when unassigned
        for (int i = 0; i < components; i++) {
            int app = i < applications ? i : random.nextInt(applications);
            boolean unassigned = i >= applications && random.nextDouble() < 0.02;
            String type = ONPREM[random.nextInt(ONPREM.length)];
            Props props = type.equals("onprem.server")
                ? Props.of("count", 1 + random.nextInt(3), "cpus", 4) : Props.empty();
            current.add(Component.of(String.format("c-%05d", i), null, type,
                unassigned ? null : apps.get(app).id(), props));
            owner.add(unassigned ? -1 : app);
        }
        current.add(Component.of("users", "Users", "external.users", null, Props.empty()));
        List<Link> currentLinks = new ArrayList<>();
        for (int i = 0; i < links; i++) {
            currentLinks.add(link(current, owner, tier));
        }
        currentLinks.add(Link.of("users", current.get(0).id(), Coupling.SOFT));
        List<Component> target = target(apps, current, owner);
        List<Link> targetLinks = new ArrayList<>();
        for (int i = 0; i < links / 20 && target.size() > 1; i++) {
            targetLinks.add(Link.of(target.get(random.nextInt(target.size())).id(),
                target.get(random.nextInt(target.size())).id(),
                random.nextDouble() < HARD_SHARE ? Coupling.HARD : Coupling.SOFT));
        }
        targetLinks.removeIf(l -> l.from().equals(l.to()));
        Settings d = Settings.defaults();
        Integer maxServers = random.nextInt(3) == 0 ? 6 + random.nextInt(20) : null;
        Settings settings = new Settings(d.region(), d.currency(), d.usdToCurrency(),
            d.hoursPerMonth(), YearMonth.of(2026, 1 + random.nextInt(12)), d.horizonMonths(),
            d.pricing(), d.dayRate(), d.dualRunMonths(), 1 + random.nextInt(12),
            d.discountRate(), d.fteMonthlyCost(), 1 + random.nextInt(4), maxServers, null, null);
        return new Project(Project.FORMAT, "random estate", settings, apps,
            Architecture.of(current, currentLinks), Architecture.of(target, targetLinks), null, null);
    }

    private Application application(int i) {
        double s = random.nextDouble();
        Strategy strategy = s < 0.08 ? Strategy.RETAIN : s < 0.16 ? Strategy.RETIRE
            : MOVING[random.nextInt(MOVING.length)];
        String pin = strategy != Strategy.RETAIN && random.nextDouble() < PIN_SHARE
            ? "wave-" + (1 + random.nextInt(8)) : null;
        Criticality criticality = Criticality.values()[random.nextInt(3)];
        return new Application(String.format("app-%04d", i), null,
            DOMAINS[random.nextInt(DOMAINS.length)], strategy, criticality, pin, null, null, null);
    }

    /** Mostly from a higher tier (or a later application of the same tier) down: a DAG. */
    private Link link(List<Component> current, List<Integer> owner, int[] tier) {
        int a = random.nextInt(owner.size());
        int b = random.nextInt(owner.size());
        int ta = owner.get(a) < 0 ? 3 : tier[owner.get(a)];
        int tb = owner.get(b) < 0 ? 3 : tier[owner.get(b)];
        boolean downwards = ta < tb || (ta == tb && a > b);
        if (!downwards && random.nextDouble() >= BACK_SHARE) {
            int swap = a;
            a = b;
            b = swap;
        }
        Coupling coupling = random.nextDouble() < HARD_SHARE ? Coupling.HARD : Coupling.SOFT;
        return Link.of(current.get(a).id(), current.get(b).id(), coupling);
    }

    private List<Component> target(List<Application> apps, List<Component> current,
                                   List<Integer> owner) {
        List<Component> target = new ArrayList<>();
        for (Application app : apps) {
            if (app.strategy().moves() && random.nextDouble() < 0.95) {
                target.add(Component.of(app.id() + "-aws", null, "aws.ec2", app.id(),
                    Props.of("instanceType", "m5.large")));
            }
        }
        for (int i = 0; i < current.size() - 1; i++) {
            if (owner.get(i) < 0 && random.nextBoolean()) {
                target.add(Component.of(current.get(i).id(), null, "aws.ec2", null, Props.empty()));
            }
        }
        return target;
    }
}
