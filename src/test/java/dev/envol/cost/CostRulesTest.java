package dev.envol.cost;

import static dev.envol.cost.TestProjects.component;
import static dev.envol.cost.TestProjects.project;
import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Component;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples: each expected amount is computed here from the catalog's USD price, the usage
 * and the model's exchange rate (0.92 EUR per USD, 730 hours a month).
 */
class CostRulesTest {
    private static final BigDecimal EUR = new BigDecimal("0.92");
    private final InMemoryPriceCatalog prices = InMemoryPriceCatalog.sample();
    private final CostEngine engine = new CostEngine();

    private ComponentCost price(Component c) {
        return engine.estimate(project(List.of(), List.of(c)), prices).componentCost(c.id())
            .orElseThrow();
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void autoScalingGroupPricesAverageInstancesAndGp3PerInstance() {
        // average 3 m5.large x 730 h x 0.112 USD = 245.28 USD; EBS 3 x 50 GB x 0.0928 = 13.92 USD
        ComponentCost cost = price(component("web", "aws.asg", null, "instanceType", "m5.large",
            "min", 2, "max", 6, "average", 3, "ebsGb", 50));
        assertThat(cost.lines()).hasSize(2);
        assertThat(cost.lines().get(0).quantity()).isEqualByComparingTo("2190");
        assertThat(cost.lines().get(0).amount()).isEqualByComparingTo(d("245.28").multiply(EUR));
        assertThat(cost.lines().get(1).quantity()).isEqualByComparingTo("150");
        assertThat(cost.lines().get(1).amount()).isEqualByComparingTo(d("13.92").multiply(EUR));
        assertThat(cost.monthly()).isEqualByComparingTo(d("259.20").multiply(EUR));
        assertThat(cost.lines().get(0).source()).isEqualTo("test prices");
        assertThat(cost.lines().get(0).asOf()).isEqualTo(InMemoryPriceCatalog.AS_OF);
    }

    @Test
    void autoScalingGroupAverageDefaultsToMinAndCountMultiplies() {
        // count 2 groups x min 2 = 4 instances x 730 h x 0.112 = 327.04 USD
        ComponentCost cost = price(component("web", "aws.asg", null, "instanceType", "m5.large",
            "min", 2, "count", 2));
        assertThat(cost.monthly()).isEqualByComparingTo(d("327.04").multiply(EUR));
    }

    @Test
    void rdsMultiAzPricesInstanceAtMultiAzRateAndStorage() {
        // 730 h x 0.52 (Multi-AZ, 2 x 0.26) = 379.60 USD; 100 GB x 0.266 = 26.60 USD
        ComponentCost cost = price(component("db", "aws.rds", null, "engine", "mysql",
            "instanceType", "db.r5.large", "multiAz", true, "storageGb", 100));
        assertThat(cost.unpriced()).isEmpty();
        assertThat(cost.lines()).extracting(CostLine::amount).usingElementComparator(
            BigDecimal::compareTo).containsExactly(d("379.60").multiply(EUR),
                d("26.60").multiply(EUR));
        assertThat(cost.monthly()).isEqualByComparingTo(d("406.20").multiply(EUR));
    }

    @Test
    void rdsStorageWithoutPriceIsUnpricedButInstanceHoursStillCount() {
        // single-AZ storage has no price in this catalog: listed, not 0; 730 x 0.26 = 189.80 USD
        ComponentCost cost = price(component("db", "aws.rds", null, "engine", "mysql",
            "instanceType", "db.r5.large", "storageGb", 100));
        assertThat(cost.isUnpriced()).isTrue();
        assertThat(cost.unpriced()).singleElement().asString()
            .startsWith("General Purpose storage (gp2, single-az): no price for rds storage-gp2");
        assertThat(cost.monthly()).isEqualByComparingTo(d("189.80").multiply(EUR));
    }

    @Test
    void lambdaPricesRequestsAndGigabyteSeconds() {
        // 10 M requests x 0.0000002 = 2.00 USD;
        // 10e6 x 0.2 s x 512/1024 GB = 1,000,000 GB-s x 0.0000166667 = 16.6667 USD
        ComponentCost cost = price(component("batch", "aws.lambda", null,
            "requestsMillions", 10, "avgDurationMs", 200, "memoryMb", 512));
        assertThat(cost.lines().get(1).quantity()).isEqualByComparingTo("1000000");
        assertThat(cost.monthly()).isEqualByComparingTo(d("18.6667").multiply(EUR));
    }

    @Test
    void albPricesHoursAndLcuHours() {
        // 730 h x 0.02646 = 19.3158 USD; 5 LCU x 730 h = 3650 LCU-h x 0.0084 = 30.66 USD
        ComponentCost cost = price(component("alb", "aws.alb", null, "lcu", 5));
        assertThat(cost.lines().get(1).quantity()).isEqualByComparingTo("3650");
        assertThat(cost.monthly()).isEqualByComparingTo(d("49.9758").multiply(EUR));
    }

    @Test
    void cloudFrontPricesDataOutAndHttpsRequests() {
        // 2,000 GB x 0.085 = 170 USD; 50 M x 0.0000012 = 60 USD
        ComponentCost cost = price(component("cdn", "aws.cloudfront", null, "dataOutGb", 2000,
            "httpsRequestsMillions", 50));
        assertThat(cost.monthly()).isEqualByComparingTo(d("230").multiply(EUR));
    }

    @Test
    void onPremServerAmortisesHardwareAndAddsRunningCosts() {
        // per unit: 12,000 / 60 = 200 + licences 150 + support 50 + hosting 100 + managed 80
        // + 0.1 FTE x 8,000 = 800 -> 1,380; two units: 2,760 (already EUR)
        ComponentCost cost = engine.estimate(project(List.of(component("srv", "onprem.server",
            null, "count", 2, "hardwareCost", 12000, "licenceMonthly", 150, "supportMonthly", 50,
            "hostingMonthly", 100, "managedServicesMonthly", 80, "staffFte", new BigDecimal("0.1"))), List.of()),
            prices).componentCost("srv").orElseThrow();
        assertThat(cost.unpriced()).isEmpty();
        assertThat(cost.lines()).extracting(CostLine::category).containsExactly(
            CostCategory.COMPUTE, CostCategory.LICENCES, CostCategory.COMPUTE,
            CostCategory.FACILITIES, CostCategory.PEOPLE, CostCategory.PEOPLE);
        assertThat(cost.monthly()).isEqualByComparingTo("2760");
        assertThat(cost.lines().get(0).source()).isEqualTo("model");
    }

    @Test
    void shieldSubscriptionIsCountedOncePerModel() {
        // the first pays 3000 + 1000 GB x 0.025 = 3025 USD; the second only its data out
        Component first = component("shield-a", "aws.shield-advanced", null, "dataOutGb", 1000);
        Component second = component("shield-b", "aws.shield-advanced", null, "dataOutGb", 200);
        CostReport report = engine.estimate(project(List.of(), List.of(first, second)), prices);
        assertThat(report.componentCost("shield-a").orElseThrow().monthly())
            .isEqualByComparingTo(d("3025").multiply(EUR));
        ComponentCost other = report.componentCost("shield-b").orElseThrow();
        assertThat(other.monthly()).isEqualByComparingTo(d("5").multiply(EUR));
        assertThat(other.lines().get(0).item()).contains("counted once per model, on shield-a");
        assertThat(other.lines().get(0).amount()).isZero();
    }
}
