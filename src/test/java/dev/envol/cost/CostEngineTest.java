package dev.envol.cost;

import static dev.envol.cost.TestProjects.app;
import static dev.envol.cost.TestProjects.component;
import static dev.envol.cost.TestProjects.project;
import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.model.Component;
import dev.envol.model.Project;
import dev.envol.model.PurchaseOption;
import dev.envol.model.Strategy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostEngineTest {
    private static final BigDecimal EUR = new BigDecimal("0.92");
    private final InMemoryPriceCatalog prices = InMemoryPriceCatalog.sample();
    private final CostEngine engine = new CostEngine();

    @Test
    void everyComponentTypeOfTheCatalogHasACostRule() {
        assertThat(CostRules.types()).containsExactlyInAnyOrderElementsOf(
            ComponentCatalog.standard().all().stream().map(ComponentType::key).toList());
    }

    @Test
    void missingRequiredPropertyMakesTheComponentUnpricedWithTheReason() {
        ComponentCost cost = engine.estimate(project(List.of(),
            List.of(component("web", "aws.asg", null, "min", 2))), prices)
            .componentCost("web").orElseThrow();
        assertThat(cost.unpriced()).containsExactly("missing required property instanceType");
        assertThat(cost.lines()).isEmpty();
    }

    @Test
    void externalAndFreeTypesCostNothingAndAreNotUnpriced() {
        CostReport report = engine.estimate(project(List.of(component("users",
            "external.users", null)), List.of(component("cert", "aws.acm", null))), prices);
        assertThat(report.unpricedCount()).isZero();
        assertThat(report.current().monthly()).isZero();
    }

    @Test
    void unknownTypeIsUnpriced() {
        ComponentCost cost = engine.estimate(project(List.of(),
            List.of(component("x", "aws.quantum", null))), prices).componentCost("x")
            .orElseThrow();
        assertThat(cost.unpriced()).containsExactly("unknown component type aws.quantum");
    }

    @Test
    void windowsWithoutPriceIsUnpricedNeverZero() {
        ComponentCost cost = engine.estimate(project(List.of(), List.of(component("w",
            "aws.ec2", null, "instanceType", "m5.large", "os", "windows"))), prices)
            .componentCost("w").orElseThrow();
        assertThat(cost.unpriced()).singleElement().asString()
            .contains("no price for ec2 m5.large in eu-west-3");
    }

    @Test
    void regionAndPurchaseOptionCanBeOverriddenPerComponent() {
        // eu-west-1 at 0.107 USD/h; reserved 1y no upfront at 0.07 USD/h (730 h each)
        Component inIreland = component("a", "aws.ec2", null, "instanceType", "m5.large",
            "region", "eu-west-1");
        Component reserved = component("b", "aws.ec2", null, "instanceType", "m5.large",
            "pricing", "reserved-1y-no-upfront");
        CostReport report = engine.estimate(project(List.of(), List.of(inIreland, reserved)),
            prices);
        assertThat(report.componentCost("a").orElseThrow().monthly())
            .isEqualByComparingTo(new BigDecimal("78.11").multiply(EUR));
        assertThat(report.componentCost("a").orElseThrow().region()).isEqualTo("eu-west-1");
        assertThat(report.componentCost("b").orElseThrow().monthly())
            .isEqualByComparingTo(new BigDecimal("51.10").multiply(EUR));
    }

    @Test
    void modelPurchaseOptionAppliesOnlyToServicesWithReservations() {
        Project base = project(List.of(), List.of(
            component("vm", "aws.ec2", null, "instanceType", "m5.large"),
            component("alb", "aws.alb", null)));
        Project reservedModel = base.withSettings(
            base.settings().withPricing(PurchaseOption.RESERVED_1Y_NO_UPFRONT));
        CostReport report = engine.estimate(reservedModel, prices);
        assertThat(report.componentCost("vm").orElseThrow().purchase())
            .isEqualTo(PurchaseOption.RESERVED_1Y_NO_UPFRONT);
        assertThat(report.componentCost("vm").orElseThrow().monthly())
            .isEqualByComparingTo(new BigDecimal("51.10").multiply(EUR));
        // the ALB has no reservations: still priced on-demand, not unpriced
        assertThat(report.componentCost("alb").orElseThrow().isUnpriced()).isFalse();
    }

    @Test
    void linesAddUpToComponentsAndGroupsAddUpToTotals() {
        Project p = TestProjects.project(TestProjects.settings(),
            List.of(app("bet", "horse", Strategy.REHOST), app("acc", "account", Strategy.REHOST),
                app("odds", "horse", Strategy.REHOST)),
            List.of(component("s1", "onprem.server", "bet", "licenceMonthly", 100,
                    "hostingMonthly", 50),
                component("s2", "onprem.server", "acc", "hardwareCost", 6000),
                component("s3", "onprem.storage", "odds", "hostingMonthly", 30),
                component("lb", "onprem.load-balancer", null, "supportMonthly", 20)),
            List.of(component("web", "aws.asg", "bet", "instanceType", "m5.large", "min", 2,
                    "ebsGb", 20),
                component("db", "aws.rds", "acc", "engine", "mysql", "instanceType",
                    "db.r5.large", "multiAz", true, "storageGb", 50),
                component("lambda", "aws.lambda", "odds", "requestsMillions", 3),
                component("cdn", "aws.cloudfront", null, "dataOutGb", 100)), null);
        CostReport report = engine.estimate(p, prices);
        for (ArchitectureCost arch : List.of(report.current(), report.target())) {
            BigDecimal lines = arch.components().stream().flatMap(c -> c.lines().stream())
                .map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(lines).isEqualByComparingTo(arch.monthly());
            assertThat(sum(arch.byApplication().values())).isEqualByComparingTo(arch.monthly());
            assertThat(sum(arch.byDomain().values())).isEqualByComparingTo(arch.monthly());
            assertThat(sum(arch.byCategory().values())).isEqualByComparingTo(arch.monthly());
            for (CostLine line : arch.components().stream().flatMap(c -> c.lines().stream())
                .toList()) {
                assertThat(line.quantity().multiply(line.unitPrice()))
                    .isEqualByComparingTo(line.amount());
            }
        }
        // current: bet 150, acc 6000/60 = 100, odds 30, unassigned 20 -> horse = 180
        assertThat(report.current().byDomain()).containsOnlyKeys("horse", "account",
            CostReport.UNASSIGNED);
        assertThat(report.current().byDomain().get("horse")).isEqualByComparingTo("180");
        assertThat(report.current().monthly()).isEqualByComparingTo("300");
        assertThat(report.monthlySavings()).isEqualByComparingTo(
            report.current().monthly().subtract(report.target().monthly()));
    }

    @Test
    void totalsCountUnpricedComponents() {
        CostReport report = engine.estimate(project(List.of(), List.of(
            component("a", "aws.ec2", null, "instanceType", "x9.huge"),
            component("b", "aws.s3", null),
            component("c", "aws.s3", null, "storageGb", 10))), prices);
        assertThat(report.target().unpricedCount()).isEqualTo(2);
        assertThat(report.target().monthly()).isEqualByComparingTo(
            new BigDecimal("0.24").multiply(EUR));
    }

    @Test
    void repeatedEstimatesReuseCatalogAnswers() {
        Project p = project(List.of(), List.of(
            component("a", "aws.ec2", null, "instanceType", "m5.large"),
            component("b", "aws.ec2", null, "instanceType", "m5.large")));
        CostReport first = engine.estimate(p, prices);
        int asked = prices.lookups.get();
        CostReport second = engine.estimate(p, prices);
        assertThat(prices.lookups.get()).isEqualTo(asked).isEqualTo(1);
        assertThat(second.target().monthly()).isEqualByComparingTo(first.target().monthly());
    }

    @Test
    void oneComponentAloneCostsWhatItCostsInTheWholeReport() {
        Component web = component("web", "aws.asg", null, "instanceType", "m5.large", "min", 2,
            "ebsGb", 30);
        Component second = component("shield-b", "aws.shield-advanced", null, "dataOutGb", 10);
        Project p = project(List.of(), List.of(
            component("shield-a", "aws.shield-advanced", null), web, second));
        CostReport report = engine.estimate(p, prices);
        for (Component c : p.target().components()) {
            assertThat(engine.estimate(c, dev.envol.model.ArchitectureKind.TARGET, p, prices)
                .monthly()).isEqualByComparingTo(report.componentCost(c.id()).orElseThrow()
                    .monthly());
        }
        // the second Shield component does not pay the subscription again
        assertThat(report.componentCost("shield-b").orElseThrow().monthly())
            .isEqualByComparingTo(new BigDecimal("0.25").multiply(EUR));
    }

    private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
