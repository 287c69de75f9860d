package dev.envol.cost;

import static dev.envol.cost.TestProjects.component;
import static dev.envol.cost.TestProjects.project;
import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Component;
import dev.envol.pricing.Price;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceCatalogs;
import dev.envol.pricing.PriceQuery;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of issue 4 against the embedded catalog (eu-west-3, 730 h, 0.92 EUR per
 * USD): each expected amount is written out from the catalog's own USD price, which is also
 * checked against the public list price it was built from.
 */
class EmbeddedCatalogExamplesTest {
    private static final BigDecimal EUR = new BigDecimal("0.92");
    private static final BigDecimal HOURS = BigDecimal.valueOf(730);
    private static final String REGION = "eu-west-3";
    private final PriceCatalog catalog = PriceCatalogs.embedded();
    private final CostEngine engine = new CostEngine();

    private BigDecimal usd(PriceQuery query) {
        return ((Price) catalog.lookup(query)).usdPerUnit();
    }

    private ComponentCost price(Component c) {
        return engine.estimate(project(List.of(), List.of(c)), catalog).componentCost(c.id())
            .orElseThrow();
    }

    private static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }

    @Test
    void autoScalingGroup() {
        BigDecimal m5 = usd(PriceQuery.of("ec2", REGION, "m5.large").with("os", "linux"));
        BigDecimal gp3 = usd(PriceQuery.of("ebs", REGION, "gp3"));
        assertThat(m5).isEqualByComparingTo("0.112");
        assertThat(gp3).isEqualByComparingTo("0.0928");
        ComponentCost cost = price(component("web", "aws.asg", null, "instanceType", "m5.large",
            "min", 2, "max", 8, "average", 3, "ebsGb", 40));
        // 3 instances x 730 h x 0.112 USD + 3 x 40 GB x 0.0928 USD, x 0.92
        BigDecimal expected = n(3).multiply(HOURS).multiply(m5)
            .add(n(3).multiply(n(40)).multiply(gp3)).multiply(EUR);
        assertThat(cost.unpriced()).isEmpty();
        assertThat(cost.monthly()).isEqualByComparingTo(expected)
            .isEqualByComparingTo("235.90272");
        assertThat(cost.lines().get(0).source()).startsWith("embedded");
    }

    @Test
    void rdsMultiAzWithStorage() {
        BigDecimal single = usd(PriceQuery.of("rds", REGION, "db.r5.large")
            .with("engine", "mysql").with("deployment", "single-az"));
        BigDecimal multi = usd(PriceQuery.of("rds", REGION, "db.r5.large")
            .with("engine", "mysql").with("deployment", "multi-az"));
        assertThat(multi).isEqualByComparingTo(single.multiply(n(2)));
        ComponentCost cost = price(component("db", "aws.rds", null, "engine", "mysql",
            "instanceType", "db.r5.large", "multiAz", true, "storageGb", 200));
        BigDecimal storage = usd(PriceQuery.of("rds", REGION, "storage-gp2")
            .with("deployment", "multi-az"));
        assertThat(storage).isEqualByComparingTo("0.266");
        // (730 h x 0.56 USD (2 x 0.28) + 200 GB x 0.266 USD Multi-AZ gp2) x 0.92
        // = (408.80 + 53.20) x 0.92 = 462.00 x 0.92 = 425.04 EUR
        assertThat(cost.unpriced()).isEmpty();
        assertThat(cost.monthly()).isEqualByComparingTo(HOURS.multiply(multi)
            .add(n(200).multiply(storage)).multiply(EUR)).isEqualByComparingTo("425.04");
    }

    @Test
    void lambdaOnArm() {
        PriceQuery arm = PriceQuery.of("lambda", REGION, "request").with("arch", "arm64");
        BigDecimal request = usd(arm);
        BigDecimal gbSecond = usd(PriceQuery.of("lambda", REGION, "gb-second")
            .with("arch", "arm64"));
        ComponentCost cost = price(component("batch", "aws.lambda", null, "requestsMillions", 20,
            "avgDurationMs", 300, "memoryMb", 1024, "arch", "arm64"));
        // 20e6 requests x 0.0000002 + 20e6 x 0.3 s x 1 GB = 6e6 GB-s x 0.0000133334, x 0.92
        BigDecimal expected = n(20_000_000).multiply(request)
            .add(n(6_000_000).multiply(gbSecond)).multiply(EUR);
        assertThat(cost.monthly()).isEqualByComparingTo(expected)
            .isEqualByComparingTo("77.280368");
    }

    @Test
    void albWithLcus() {
        BigDecimal hour = usd(PriceQuery.of("alb", REGION, "hour"));
        BigDecimal lcuHour = usd(PriceQuery.of("alb", REGION, "lcu-hour"));
        ComponentCost cost = price(component("alb", "aws.alb", null, "lcu", 4, "count", 2));
        // 2 ALBs x 730 h x 0.02646 + 2 x 4 LCU x 730 h x 0.0084, x 0.92
        BigDecimal expected = n(2).multiply(HOURS).multiply(hour)
            .add(n(2).multiply(n(4)).multiply(HOURS).multiply(lcuHour)).multiply(EUR);
        assertThat(cost.monthly()).isEqualByComparingTo(expected)
            .isEqualByComparingTo("80.672592");
    }

    @Test
    void cloudFront() {
        BigDecimal dataOut = usd(PriceQuery.of("cloudfront", REGION, "data-out"));
        BigDecimal https = usd(PriceQuery.of("cloudfront", REGION, "https-request"));
        ComponentCost cost = price(component("cdn", "aws.cloudfront", null, "dataOutGb", 5000,
            "httpsRequestsMillions", 120));
        // 5,000 GB x 0.085 + 120e6 requests x 0.0000012, x 0.92
        BigDecimal expected = n(5000).multiply(dataOut).add(n(120_000_000).multiply(https))
            .multiply(EUR);
        assertThat(cost.monthly()).isEqualByComparingTo(expected)
            .isEqualByComparingTo("523.48");
    }

    @Test
    void onPremServerWithAmortisation() {
        ComponentCost cost = engine.estimate(project(List.of(component("srv", "onprem.server",
            null, "count", 4, "hardwareCost", 18000, "amortizationMonths", 48, "licenceMonthly",
            120, "hostingMonthly", 90)), List.of()), catalog).componentCost("srv").orElseThrow();
        // per server 18,000 / 48 = 375 + 120 + 90 = 585; 4 servers = 2,340 EUR (model currency)
        assertThat(cost.monthly()).isEqualByComparingTo("2340");
    }
}
