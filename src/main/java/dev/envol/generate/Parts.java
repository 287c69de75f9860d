package dev.envol.generate;

import dev.envol.model.Component;
import dev.envol.model.Position;
import dev.envol.model.Props;
import java.util.List;
import java.util.Random;

/** Realistic components with the catalog's property names: the vocabulary of the generator. */
final class Parts {
    static final List<String> COMPUTE = List.of("m5.large", "m5.xlarge", "m6g.large",
        "m6i.large", "c5.xlarge", "c6g.xlarge", "r5.large", "t3.medium", "m4.large");
    static final List<String> DATABASES = List.of("db.m5.large", "db.r6g.large", "db.r5.xlarge",
        "db.t3.medium", "db.m6g.large", "db.r6g.xlarge");
    static final List<String> CACHES = List.of("cache.r6g.large", "cache.m5.large",
        "cache.t3.medium", "cache.r6g.xlarge");

    private final Random random;

    Parts(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    static Component component(String id, String name, String type, String application,
                               Props props, int x, int y) {
        return new Component(id, name, type, application, props, new Position(x, y), null,
            false, null, null);
    }

    /** The on-premise cost properties, per unit, in the model currency. */
    Object[] onPremCosts(int hardware) {
        return new Object[] {"hardwareCost", hardware, "amortizationMonths", 60,
            "licenceMonthly", between(0, 8) * 50, "supportMonthly", between(1, 6) * 40,
            "hostingMonthly", between(2, 8) * 25};
    }

    Props server(int count) {
        int cpus = pick(List.of(2, 4, 8, 16));
        return props(new Object[] {"count", count, "cpus", cpus, "memoryGb", cpus * pick(
            List.of(2, 4, 8)), "storageGb", between(1, 10) * 50, "os",
            pick(List.of("linux", "linux", "linux", "windows")), "cpuUtilPct", between(5, 80)},
            onPremCosts(between(4, 16) * 500));
    }

    Props database(String engine) {
        return props(new Object[] {"count", pick(List.of(1, 2, 2)), "engine", engine},
            onPremCosts(between(8, 30) * 500));
    }

    Props cache(String engine) {
        return props(new Object[] {"count", 2, "engine", engine}, onPremCosts(3000));
    }

    Props asg(boolean critical) {
        int min = critical ? between(2, 4) : between(1, 2);
        return Props.of("instanceType", pick(COMPUTE), "min", min, "max", min * 2,
            "ebsGb", between(1, 4) * 20);
    }

    Props ec2() {
        return Props.of("count", between(1, 3), "instanceType", pick(COMPUTE), "os", "linux",
            "ebsGb", between(1, 8) * 25);
    }

    Props rds(String engine, boolean critical) {
        return Props.of("engine", engine, "instanceType", pick(DATABASES), "multiAz", critical,
            "storageGb", between(2, 40) * 50, "encrypted", chance(0.8));
    }

    Props elasticache(String engine) {
        return Props.of("engine", engine, "nodeType", pick(CACHES), "nodes", between(1, 3),
            "encrypted", chance(0.7));
    }

    Props alb() {
        return Props.of("lcu", between(1, 10));
    }

    Props s3() {
        return Props.of("storageGb", between(1, 100) * 10, "putRequestsThousands",
            between(1, 500), "getRequestsThousands", between(1, 5000), "encrypted", true);
    }

    Props lambda() {
        return Props.of("requestsMillions", between(1, 50), "avgDurationMs", between(2, 40) * 25,
            "memoryMb", pick(List.of(128, 256, 512, 1024)), "arch",
            pick(List.of("x86_64", "arm64")));
    }

    Props sqs() {
        return Props.of("requestsMillions", between(1, 100), "fifo", chance(0.2));
    }

    private static Props props(Object[] first, Object[] second) {
        Object[] all = new Object[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return Props.of(all);
    }
}
