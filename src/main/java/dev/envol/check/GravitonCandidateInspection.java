package dev.envol.check;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Severity;
import dev.envol.pricing.Price;
import dev.envol.pricing.PriceQuery;
import dev.envol.pricing.PriceResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Linux x86 instances, groups, databases and caches of a current generation with a Graviton
 * (arm64) family at the same size, x86 Lambda functions and x86 Fargate tasks: reported only
 * when the catalog prices a saving, since moving to arm64 means rebuilding and testing the
 * software. Windows instances are left out: Windows does not run on Graviton.
 */
public final class GravitonCandidateInspection extends RuleInspection {
    public static final String CODE = "cost.graviton-candidate";

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);

    public GravitonCandidateInspection() {
        super(CODE, Severity.INFO,
            "x86 workloads that would cost less on Graviton (arm64), with the saving");
    }

    @Override
    public List<Finding> inspect(CheckContext context) {
        InstancePricing pricing = new InstancePricing(context.prices(),
            context.project().settings());
        List<Finding> findings = new ArrayList<>();
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            for (Component c : context.topology(kind).components()) {
                if (c.type().equals("aws.lambda")) {
                    lambda(context, pricing, kind, c).ifPresent(findings::add);
                    continue;
                }
                if (c.type().equals("aws.fargate")) {
                    fargate(context, pricing, kind, c).ifPresent(findings::add);
                    continue;
                }
                Optional<String> type = InstancePricing.instanceType(c);
                if (type.isEmpty() || c.props().text("os", "linux").equals("windows")) {
                    continue;
                }
                Alternative.cheapest(pricing, c, type.get(),
                        InstanceFamilies.gravitonAlternatives(type.get()))
                    .filter(Alternative::saves)
                    .ifPresent(alt -> findings.add(finding(kind, c, Describe.component(c)
                        + " runs " + type.get() + " (x86): " + alt.instanceType()
                        + " (Graviton, arm64) at the same size would save "
                        + pricing.money(alt.saving()) + " a month, " + effort(c) + ".")));
            }
        }
        return findings;
    }

    /** What moving costs: managed engines change class, servers need an arm64 build. */
    private static String effort(Component c) {
        return c.type().equals("aws.rds") || c.type().equals("aws.elasticache")
            ? "a class change of the managed engine (no code to rebuild)"
            : "once the software is built and tested for arm64";
    }

    private Optional<Finding> lambda(CheckContext context, InstancePricing pricing,
                                     ArchitectureKind kind, Component c) {
        if (!c.props().text("arch", "x86_64").equals("x86_64")) {
            return Optional.empty();
        }
        String region = c.props().text("region", context.project().settings().region());
        PriceResult x86 = context.prices().lookup(
            PriceQuery.of("lambda", region, "gb-second").with("arch", "x86_64"));
        PriceResult arm = context.prices().lookup(
            PriceQuery.of("lambda", region, "gb-second").with("arch", "arm64"));
        if (!(x86 instanceof Price x) || !(arm instanceof Price a)) {
            return Optional.empty();
        }
        BigDecimal gbSeconds = c.props().decimal("requestsMillions", BigDecimal.ZERO)
            .multiply(MILLION)
            .multiply(c.props().decimal("avgDurationMs", BigDecimal.valueOf(100)))
            .divide(THOUSAND)
            .multiply(c.props().decimal("memoryMb", BigDecimal.valueOf(128)))
            .divide(MB_PER_GB)
            .multiply(c.props().count());
        BigDecimal saving = x.usdPerUnit().subtract(a.usdPerUnit()).multiply(gbSeconds);
        if (saving.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(finding(kind, c, Describe.component(c) + " runs on x86_64: set"
            + " \"arch\": \"arm64\" (Graviton) to save " + pricing.money(saving)
            + " a month, once its code and layers are tested on arm64."));
    }

    /** x86 Fargate tasks: the saving of the arm64 vCPU and GB rates over the task-hours. */
    private Optional<Finding> fargate(CheckContext context, InstancePricing pricing,
                                      ArchitectureKind kind, Component c) {
        if (!c.props().text("arch", "x86_64").equals("x86_64")) {
            return Optional.empty();
        }
        String region = c.props().text("region", context.project().settings().region());
        BigDecimal taskHours = c.props().decimal("tasks", BigDecimal.ONE)
            .multiply(c.props().count()).multiply(context.project().settings().hoursPerMonth());
        BigDecimal saving = BigDecimal.ZERO;
        for (String[] meter : new String[][] {{"vcpu-hour", "vcpu"}, {"gb-hour", "memoryGb"}}) {
            PriceResult x86 = context.prices().lookup(
                PriceQuery.of("fargate", region, meter[0]).with("arch", "x86_64"));
            PriceResult arm = context.prices().lookup(
                PriceQuery.of("fargate", region, meter[0]).with("arch", "arm64"));
            if (!(x86 instanceof Price x) || !(arm instanceof Price a)) {
                return Optional.empty();
            }
            saving = saving.add(x.usdPerUnit().subtract(a.usdPerUnit()).multiply(taskHours)
                .multiply(c.props().decimal(meter[1], BigDecimal.ZERO)));
        }
        if (saving.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(finding(kind, c, Describe.component(c) + " runs on x86_64: set"
            + " \"arch\": \"arm64\" (Graviton) to save " + pricing.money(saving)
            + " a month, once its container images are built for arm64."));
    }
}
