package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostEngine;
import dev.envol.cost.CostReport;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Project;
import dev.envol.model.Props;
import dev.envol.model.PurchaseOption;
import dev.envol.model.Settings;
import dev.envol.pricing.PriceCatalogs;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How tiered and first-tier-only lines read in the JSON, the CSV and the table (USD). */
class EstimateTiersOutputTest {
    private final CostReport report = new CostEngine().estimate(new Project(Project.FORMAT,
        "tiers", new Settings("eu-west-3", "USD", BigDecimal.ONE, BigDecimal.valueOf(730),
            YearMonth.of(2026, 1), 12, PurchaseOption.ON_DEMAND, BigDecimal.valueOf(650), 2, 5,
            new BigDecimal("0.08"), BigDecimal.valueOf(8000), 1, null, null, null), List.of(),
        Architecture.of(List.of(), List.of()), Architecture.of(List.of(
            Component.of("a", "Egress A", "aws.data-transfer", null,
                Props.of("internetOutGb", 40_000)),
            Component.of("b", "Egress B", "aws.data-transfer", null,
                Props.of("internetOutGb", 117_000)),
            Component.of("fn", "Function", "aws.lambda", null, Props.of("arch", "arm64",
                "requestsMillions", 10, "avgDurationMs", 100, "memoryMb", 512))), List.of()),
        null, null), PriceCatalogs.embedded());

    private JsonNode line(JsonNode json, int component, int line) {
        return json.get("target").get("components").get(component).get("lines").get(line);
    }

    @Test
    void jsonGivesTheTiersOfTheTotalAndFlagsFirstTierOnlyLines() throws Exception {
        JsonNode json = new ObjectMapper().readTree(EstimateJson.render(report,
            BusinessCase.from(report)));
        JsonNode a = line(json, 0, 0);
        assertThat(a.get("amount").decimalValue()).isEqualByComparingTo("2991.39");
        assertThat(a.get("tiers")).hasSize(4);
        assertThat(a.get("tiers").get(3).get("quantity").decimalValue())
            .isEqualByComparingTo("3400");
        assertThat(a.get("tiers").get(3).get("amount").decimalValue())
            .isEqualByComparingTo("170.00");
        assertThat(a.get("tiers").get(3).get("toUnits").isNull()).isTrue();
        assertThat(a.get("tierTotal").get("amount").decimalValue())
            .isEqualByComparingTo("11741.20");
        assertThat(a.get("tierTotal").get("lines").asInt()).isEqualTo(2);
        JsonNode duration = line(json, 2, 1);
        assertThat(duration.get("item").asText()).isEqualTo("compute (GB-seconds)");
        assertThat(duration.get("tiers").asText()).isEqualTo("first-tier only");
        assertThat(line(json, 2, 0).has("tiers")).isFalse();
    }

    @Test
    void csvAndTableShowTheTieredLines() {
        String csv = EstimateCsv.render(report);
        assertThat(csv.lines().filter(l -> l.contains(",a,Egress A,")).findFirst().orElseThrow())
            .contains("\"10240 at 0.09; 40960 at 0.085; 102400 at 0.07; 3400 at 0.05"
                + " (data-transfer internet-out eu-west-3, total 157000, 2 lines)\"");
        assertThat(csv).contains(",first-tier only\r\n");
        String table = EstimateTable.render(report, BusinessCase.from(report));
        assertThat(table).contains("Volume tiers, target data-transfer internet-out eu-west-3:"
            + " 157,000 GB a month, 11,741.20 USD", "  a: 40,000 = 2,991.39",
            "  b: 117,000 = 8,749.81", "Priced at the first tier only",
            "  target/fn: compute (GB-seconds)");
    }
}
