package dev.envol.cost;

import static dev.envol.cost.TestProjects.component;
import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Project;
import dev.envol.model.PurchaseOption;
import dev.envol.model.Settings;
import dev.envol.pricing.CsvLine;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceCatalogs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Volume tiers through the real engine and the embedded catalog, in USD (1 USD per USD), so
 * that the figures are those of the sources. The worked lines are read from the notes of the
 * shared {@code tiered-prices.csv}: for each item, its tiers' quantities add up to the monthly
 * total the source priced, and each tier's cost must come out to the cent.
 */
class TieredPricingTest {
    private static final Path TIERS = Path.of("../shared/data/prices/tiered-prices.csv");
    private static final Pattern NOTE = Pattern.compile("([\\d,]+) (?:GB|GB-s) = \\$([\\d,.]+)");

    private final PriceCatalog catalog = PriceCatalogs.embedded();
    private final CostEngine engine = new CostEngine();

    /** One item of tiered-prices.csv with the worked line of each of its tiers. */
    record Worked(String service, String region, String item, List<BigDecimal> quantities,
                  List<BigDecimal> costs) {
        BigDecimal total() {
            return quantities.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        @Override
        public String toString() {
            return service + " " + region + " " + item;
        }
    }

    static Stream<Worked> workedLines() throws Exception {
        Map<String, Worked> items = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(TIERS);
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = CsvLine.split(line);
            Matcher m = NOTE.matcher(f.get(9));
            assertThat(m.find()).as(line).isTrue();
            Worked w = items.computeIfAbsent(f.get(0) + "|" + f.get(1) + "|" + f.get(2),
                k -> new Worked(f.get(0), f.get(1), f.get(2), new ArrayList<>(), new ArrayList<>()));
            w.quantities().add(new BigDecimal(m.group(1).replace(",", "")));
            w.costs().add(new BigDecimal(m.group(2).replace(",", "")));
        }
        return items.values().stream();
    }

    static Settings usd(String region) {
        return new Settings(region, "USD", BigDecimal.ONE, BigDecimal.valueOf(730),
            YearMonth.of(2026, 1), 12, PurchaseOption.ON_DEMAND, BigDecimal.valueOf(650), 2, 5,
            new BigDecimal("0.08"), BigDecimal.valueOf(8000), 1, null, null, null);
    }

    static Project target(String region, Component... components) {
        return new Project(Project.FORMAT, "tiers", usd(region), List.of(),
            Architecture.of(List.of(), List.of()), Architecture.of(List.of(components), List.of()),
            null, null);
    }

    /** The component whose monthly quantity of the worked item is {@code total}. */
    static Component componentFor(Worked w, String id, BigDecimal total) {
        return switch (w.service()) {
            case "CloudFront" -> component(id, "aws.cloudfront", null, "dataOutGb", total);
            case "Data Transfer" -> component(id, "aws.data-transfer", null, "internetOutGb",
                total, "region", w.region());
            case "Lambda" -> component(id, "aws.lambda", null, "region", w.region(), "arch",
                w.item().contains("arm64") ? "arm64" : "x86_64",
                // 1 s at 1,024 MB: one GB-second a request
                "requestsMillions", total.movePointLeft(6), "avgDurationMs", 1000,
                "memoryMb", 1024);
            default -> throw new IllegalArgumentException("no component for " + w);
        };
    }

    private static CostLine tieredLine(ComponentCost cost) {
        return cost.lines().stream().filter(CostLine::isTiered).findFirst().orElseThrow();
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workedLines")
    void eachWorkedLineOfTheSharedDataIsReproducedToTheCent(Worked w) {
        Component c = componentFor(w, "c", w.total());
        CostLine line = tieredLine(engine.estimate(target(w.region().startsWith("global")
            ? "eu-west-3" : w.region(), c), catalog).componentCost("c").orElseThrow());
        List<LineTiers.TierUse> uses = line.tiers().uses();
        assertThat(uses).hasSize(w.quantities().size());
        for (int i = 0; i < uses.size(); i++) {
            assertThat(uses.get(i).quantity()).as("tier %d quantity", i + 1)
                .isEqualByComparingTo(w.quantities().get(i));
            assertThat(cents(uses.get(i).amount())).as("tier %d cost", i + 1)
                .isEqualByComparingTo(w.costs().get(i));
        }
        BigDecimal billed = w.costs().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(cents(line.amount())).isEqualByComparingTo(billed);
        assertThat(line.tiers().sharers()).isEqualTo(1);
    }

    @Test
    void theIssuesCloudFrontEuropeExampleIsBilledInSevenTiers() {
        // 22,340,000 GB: 870.40 + 3,276.80 + 6,144.00 + 14,336.00 + 16,097.28 + 104,857.60
        // + 341,942.40 = 487,524.48 USD (1,898,900 USD at the first rate alone)
        ComponentCost cost = engine.estimate(target("eu-west-3", component("cdn",
            "aws.cloudfront", null, "dataOutGb", 22_340_000)), catalog).componentCost("cdn")
            .orElseThrow();
        assertThat(cost.monthly()).isEqualByComparingTo("487524.48");
        assertThat(tieredLine(cost).tiers().uses()).hasSize(7);
    }

    @Test
    void twoComponentsSharingATieredItemArePricedAsTheirTotalIsBilled() {
        // eu-west-3 internet out: 40,000 GB + 117,000 GB = 157,000 GB a month, billed
        //   10,240 x 0.09 = 921.60; 40,960 x 0.085 = 3,481.60; 102,400 x 0.07 = 7,168.00;
        //   3,400 x 0.05 = 170.00; total 11,741.20 (14,130.00 at 0.09 for every GB).
        // Blended 11,741.20 / 157,000 = 0.0747847...; shares:
        //   a = 11,741.20 x 40,000 / 157,000 = 2,991.3885..., b = 11,741.20 - a = 8,749.8114...
        Component a = component("a", "aws.data-transfer", null, "internetOutGb", 40_000);
        Component b = component("b", "aws.data-transfer", null, "internetOutGb", 117_000);
        CostReport report = engine.estimate(target("eu-west-3", a, b), catalog);
        BigDecimal costA = report.componentCost("a").orElseThrow().monthly();
        BigDecimal costB = report.componentCost("b").orElseThrow().monthly();
        assertThat(costA.add(costB)).isEqualByComparingTo("11741.20");
        assertThat(cents(costA)).isEqualByComparingTo("2991.39");
        assertThat(cents(costB)).isEqualByComparingTo("8749.81");
        assertThat(report.target().monthly()).isEqualByComparingTo("11741.20");
        CostLine lineA = tieredLine(report.componentCost("a").orElseThrow());
        assertThat(lineA.tiers().sharers()).isEqualTo(2);
        assertThat(lineA.tiers().totalQuantity()).isEqualByComparingTo("157000");
        assertThat(lineA.unitPrice().setScale(7, RoundingMode.HALF_UP))
            .isEqualByComparingTo("0.0747847");
        // each alone would pay more: 40,000 GB alone = 921.60 + 29,760 x 0.085 = 3,451.20
        ComponentCost alone = engine.estimate(a, dev.envol.model.ArchitectureKind.TARGET,
            target("eu-west-3", a, b), catalog);
        assertThat(alone.monthly()).isEqualByComparingTo("3451.20");
    }

    @Test
    void aSingleComponentGetsExactlyTheTieredPrice() {
        // 60,000 GB from eu-west-1: 921.60 + 3,481.60 + 8,800 x 0.07 = 616.00 -> 5,019.20
        Component c = component("c", "aws.data-transfer", null, "internetOutGb", 60_000,
            "region", "eu-west-1");
        ComponentCost cost = engine.estimate(target("eu-west-3", c), catalog)
            .componentCost("c").orElseThrow();
        assertThat(cost.monthly()).isEqualByComparingTo("5019.20");
        assertThat(cost.monthly().scale()).isLessThanOrEqualTo(10);
    }

    @Test
    void tiersAreSharedPerRegionAndPerCpuArchitecture() {
        // the same 6e9 GB-s in x86 and arm64 are two totals, each within its first tier
        Component x86 = component("x", "aws.lambda", null, "region", "us-east-1",
            "requestsMillions", 6000, "avgDurationMs", 1000, "memoryMb", 1024);
        Component arm = component("y", "aws.lambda", null, "region", "us-east-1", "arch",
            "arm64", "requestsMillions", 6000, "avgDurationMs", 1000, "memoryMb", 1024);
        CostReport report = engine.estimate(target("us-east-1", x86, arm), catalog);
        CostLine lx = tieredLine(report.componentCost("x").orElseThrow());
        CostLine ly = tieredLine(report.componentCost("y").orElseThrow());
        assertThat(lx.tiers().sharers()).isEqualTo(1);
        assertThat(lx.amount()).isEqualByComparingTo("100000.20");
        assertThat(ly.amount()).isEqualByComparingTo("80000.40");
    }

    @Test
    void anItemKnownOnlyByItsFirstTierIsFlagged() {
        // Lambda arm64 duration in eu-west-3: only the first rate is in the data
        ComponentCost cost = engine.estimate(target("eu-west-3", component("f", "aws.lambda",
            null, "arch", "arm64", "requestsMillions", 10, "avgDurationMs", 100, "memoryMb", 512)), catalog)
            .componentCost("f").orElseThrow();
        CostLine duration = cost.lines().stream()
            .filter(l -> l.item().startsWith("compute")).findFirst().orElseThrow();
        assertThat(duration.isFirstTierOnly()).isTrue();
        assertThat(duration.isTiered()).isFalse();
        CostLine requests = cost.lines().stream()
            .filter(l -> l.item().equals("requests")).findFirst().orElseThrow();
        assertThat(requests.tiers()).isNull();
    }

    @Test
    void theTimelineTiersEachMonthsOwnTotal() {
        // a (40,000 GB) moves in 2026-02, b (117,000 GB) in 2026-05: from February to April the
        // target bills 40,000 GB alone (921.60 + 29,760 x 0.085 = 3,451.20), then 157,000 GB
        // (11,741.20), not a's blended share of the total (2,991.39)
        Component a = component("a", "aws.data-transfer", "app-a", "internetOutGb", 40_000);
        Component b = component("b", "aws.data-transfer", "app-b", "internetOutGb", 117_000);
        Project project = new Project(Project.FORMAT, "tiers", usd("eu-west-3"),
            List.of(TestProjects.app("app-a", "d", dev.envol.model.Strategy.REHOST),
                TestProjects.app("app-b", "d", dev.envol.model.Strategy.REHOST)),
            Architecture.of(List.of(), List.of()), Architecture.of(List.of(a, b), List.of()),
            List.of(dev.envol.model.Wave.of("w1", "W1", YearMonth.of(2026, 2), List.of("app-a")),
                dev.envol.model.Wave.of("w2", "W2", YearMonth.of(2026, 5), List.of("app-b"))),
            null);
        BusinessCase bc = BusinessCase.from(engine.estimate(project, catalog));
        assertThat(bc.months().get(0).target()).isEqualByComparingTo("0");
        for (int m = 1; m <= 3; m++) {
            assertThat(bc.months().get(m).target()).as("month %d", m + 1)
                .isEqualByComparingTo("3451.20");
        }
        for (int m = 4; m < 12; m++) {
            assertThat(bc.months().get(m).target()).as("month %d", m + 1)
                .isEqualByComparingTo("11741.20");
        }
    }

    @Test
    void diffNamesTheVolumeTierWhenAnotherComponentsVolumeMovesTheBlendedRate() {
        Component a = component("a", "aws.data-transfer", null, "internetOutGb", 40_000);
        Component b = component("b", "aws.data-transfer", null, "internetOutGb", 117_000);
        Component more = component("b", "aws.data-transfer", null, "internetOutGb", 400_000);
        CostDiff diff = CostDiff.between(engine.estimate(target("eu-west-3", a, b), catalog),
            engine.estimate(target("eu-west-3", a, more), catalog));
        ComponentChange changeA = diff.components().stream().filter(c -> c.id().equals("a"))
            .findFirst().orElseThrow();
        // a did not change, yet it pays less: the total crossed into the 0.05 tier
        assertThat(changeA.reasons()).singleElement().asString()
            .startsWith("volume tier: data transfer out to the internet blended 0.07478 -> ")
            .endsWith("(monthly total 157000 -> 440000 GB)");
        assertThat(changeA.newMonthly()).isLessThan(changeA.oldMonthly());
    }
}
