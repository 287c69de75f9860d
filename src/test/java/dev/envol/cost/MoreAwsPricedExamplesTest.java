package dev.envol.cost;

import static dev.envol.cost.TestProjects.component;
import static dev.envol.cost.TestProjects.project;
import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Component;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceCatalogs;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the rules of "More of AWS priced", against the embedded catalog
 * (eu-west-3, 730 h a month, 0.92 EUR per USD). Each comment writes the arithmetic out with the
 * catalog's USD list price, read from the shared price data.
 */
class MoreAwsPricedExamplesTest {
    private static final BigDecimal EUR = new BigDecimal("0.92");
    private final PriceCatalog catalog = PriceCatalogs.embedded();
    private final CostEngine engine = new CostEngine();

    private ComponentCost price(Component c) {
        return engine.estimate(project(List.of(), List.of(c)), catalog).componentCost(c.id())
            .orElseThrow();
    }

    private static BigDecimal eur(String usd) {
        return new BigDecimal(usd).multiply(EUR);
    }

    @Test
    void fargateBillsVcpuHoursAndGigabyteHoursOfTheAverageRunningTasks() {
        // 3 tasks x 730 h = 2,190 task-hours
        // vCPU:   2,190 x 0.5 vCPU = 1,095 vCPU-hours x 0.0486 USD = 53.217 USD
        // memory: 2,190 x 1 GB     = 2,190 GB-hours   x 0.0053 USD = 11.607 USD
        // total 64.824 USD x 0.92 = 59.63808 EUR
        ComponentCost cost = price(component("api", "aws.fargate", null, "vcpu", 0.5,
            "memoryGb", 1, "tasks", 3));
        assertThat(cost.unpriced()).isEmpty();
        assertThat(cost.lines()).hasSize(2);
        assertThat(cost.lines().get(0).item()).isEqualTo("vCPU-hours (x86_64)");
        assertThat(cost.lines().get(0).quantity()).isEqualByComparingTo("1095");
        assertThat(cost.lines().get(0).amount()).isEqualByComparingTo(eur("53.217"));
        assertThat(cost.lines().get(1).quantity()).isEqualByComparingTo("2190");
        assertThat(cost.lines().get(1).amount()).isEqualByComparingTo(eur("11.607"));
        assertThat(cost.monthly()).isEqualByComparingTo("59.63808");
    }

    @Test
    void fargateOnArm64IsUnpricedWhereTheDataHasNoGravitonRateNeverZero() {
        ComponentCost cost = price(component("api", "aws.fargate", null, "vcpu", 1,
            "memoryGb", 2, "arch", "arm64"));
        assertThat(cost.isUnpriced()).isTrue();
        assertThat(cost.unpriced()).anySatisfy(r -> assertThat(r)
            .startsWith("vCPU-hours (arm64): no price for fargate vcpu-hour (arch=arm64) in eu-west-3"));
        assertThat(cost.lines()).isEmpty();
    }

    @Test
    void apiGatewayBillsHttpApiRequests() {
        // 120 M requests = 120,000,000 x 0.00000117 USD = 140.40 USD x 0.92 = 129.168 EUR
        // (the first-300M rate; the free tier of new accounts is not deducted)
        ComponentCost cost = price(component("gw", "aws.api-gateway", null,
            "requestsMillions", 120));
        assertThat(cost.lines()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualByComparingTo("120000000");
            assertThat(line.unit()).isEqualTo("request");
        });
        assertThat(cost.monthly()).isEqualByComparingTo(eur("140.40"))
            .isEqualByComparingTo("129.168");
    }

    @Test
    void publicIpv4BillsEveryAddressEveryHour() {
        // 4 addresses x 730 h = 2,920 address-hours x 0.005 USD = 14.60 USD x 0.92 = 13.432 EUR
        ComponentCost cost = price(component("ips", "aws.public-ipv4", null, "addresses", 4));
        assertThat(cost.lines()).singleElement().satisfies(line ->
            assertThat(line.quantity()).isEqualByComparingTo("2920"));
        assertThat(cost.monthly()).isEqualByComparingTo("13.432");
    }

    @Test
    void ebsVolumeBillsGp3GigabyteMonths() {
        // 2 volumes x 500 GB = 1,000 GB-month x 0.0928 USD = 92.80 USD x 0.92 = 85.376 EUR
        ComponentCost cost = price(component("vol", "aws.ebs", null, "storageGb", 500,
            "count", 2));
        assertThat(cost.monthly()).isEqualByComparingTo("85.376");
        assertThat(cost.lines().get(0).source()).contains("AmazonEC2 (eu-west-3)");
    }

    @Test
    void rdsGp3StorageSingleAz() {
        // storage: 200 GB x 0.133 USD (gp3 Single-AZ, eu-west-3) = 26.60 USD x 0.92 = 24.472 EUR
        ComponentCost cost = price(component("db", "aws.rds", null, "engine", "postgresql",
            "instanceType", "db.m5.large", "storageGb", 200, "storageType", "gp3"));
        assertThat(cost.unpriced()).isEmpty();
        CostLine storage = cost.lines().get(1);
        assertThat(storage.item()).isEqualTo("General Purpose storage (gp3, single-az)");
        assertThat(storage.amount()).isEqualByComparingTo("24.472");
    }

    @Test
    void rdsGp2MultiAzStorageUsesTheMultiAzRowAndGp3MultiAzTheTwiceRule() {
        // gp2 Multi-AZ has its own row: 100 GB x 0.266 USD = 26.60 USD x 0.92 = 24.472 EUR
        ComponentCost gp2 = price(component("db", "aws.rds", null, "engine", "mysql",
            "instanceType", "db.m5.large", "multiAz", true, "storageGb", 100));
        CostLine gp2Line = gp2.lines().get(1);
        assertThat(gp2Line.item()).isEqualTo("General Purpose storage (gp2, multi-az)");
        assertThat(gp2Line.amount()).isEqualByComparingTo("24.472");
        // gp3 Multi-AZ has no row: 2 x 0.133 = 0.266 USD; 100 GB x 0.266 = 26.60 USD = 24.472 EUR
        ComponentCost gp3 = price(component("db", "aws.rds", null, "engine", "mysql",
            "instanceType", "db.m5.large", "multiAz", true, "storageGb", 100,
            "storageType", "gp3"));
        CostLine gp3Line = gp3.lines().get(1);
        assertThat(gp3Line.amount()).isEqualByComparingTo("24.472");
        assertThat(gp3Line.source()).contains("Multi-AZ = 2 x Single-AZ rule");
    }

    @Test
    void sqsStandardQueueIsPricedAndFifoStaysUnpricedWithItsReason() {
        // 25 M requests x 0.0000004 USD = 10.00 USD x 0.92 = 9.20 EUR (the free million is
        // per account: not deducted)
        ComponentCost standard = price(component("q", "aws.sqs", null, "requestsMillions", 25));
        assertThat(standard.monthly()).isEqualByComparingTo("9.20");
        ComponentCost fifo = price(component("q", "aws.sqs", null, "requestsMillions", 25,
            "fifo", true));
        assertThat(fifo.unpriced()).singleElement().asString()
            .startsWith("FIFO requests: no price for sqs request (fifo=true) in eu-west-3");
    }

    @Test
    void windowsEc2IsPricedAtTheWindowsRateWhenTheCatalogHasIt() {
        // 730 h x 0.204 USD (m5.large Windows, License Included) = 148.92 USD x 0.92 = 137.0064
        InMemoryPriceCatalog prices = new InMemoryPriceCatalog()
            .price("ec2", "eu-west-3", "m5.large", "0.112", "hour", "os", "linux")
            .price("ec2", "eu-west-3", "m5.large", "0.204", "hour", "os", "windows");
        Component windows = component("win", "aws.ec2", null, "instanceType", "m5.large",
            "os", "windows");
        ComponentCost cost = engine.estimate(project(List.of(), List.of(windows)), prices)
            .componentCost("win").orElseThrow();
        assertThat(cost.lines().get(0).item()).isEqualTo("instance hours (m5.large, windows)");
        assertThat(cost.monthly()).isEqualByComparingTo("137.0064");
        // the embedded catalog has no Windows row: unpriced with the reason, never the Linux rate
        ComponentCost embedded = price(windows);
        assertThat(embedded.unpriced()).singleElement().asString()
            .contains("no price for ec2 m5.large (os=windows) in eu-west-3")
            .contains("no Windows prices");
    }
}
