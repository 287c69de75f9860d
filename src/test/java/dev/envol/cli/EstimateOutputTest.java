package dev.envol.cli;

import static dev.envol.cost.TestProjects.app;
import static dev.envol.cost.TestProjects.component;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostEngine;
import dev.envol.cost.CostReport;
import dev.envol.cost.InMemoryPriceCatalog;
import dev.envol.cost.TestProjects;
import dev.envol.model.Project;
import dev.envol.model.Strategy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimateOutputTest {
    private final CostReport report = new CostEngine().estimate(project(),
        InMemoryPriceCatalog.sample());
    private final BusinessCase businessCase = BusinessCase.from(report);

    private static Project project() {
        return TestProjects.project(TestProjects.settings(),
            List.of(app("bet", "horse", Strategy.REHOST), app("acc", "account", Strategy.REFACTOR)),
            List.of(component("srv", "onprem.server", "bet", "hardwareCost", 12000,
                    "hostingMonthly", 300),
                component("db", "onprem.database", "acc", "licenceMonthly", 900, "count", 2)),
            List.of(component("web", "aws.asg", "bet", "instanceType", "m5.large", "min", 2),
                component("rds", "aws.rds", "acc", "engine", "mysql", "instanceType",
                    "db.r5.large", "storageGb", 100),
                component("cdn", "aws.cloudfront", null, "dataOutGb", 500)
                    .withName("CDN, \"edge\"")),
            null);
    }

    @Test
    void jsonHasTheKeysOfTheProductSpecificationWithTheReportsFigures() throws Exception {
        JsonNode json = new ObjectMapper().readTree(EstimateJson.render(report, businessCase));
        assertThat(json.get("currency").asText()).isEqualTo("EUR");
        for (String arch : List.of("current", "target")) {
            assertThat(json.get(arch).has("monthly")).isTrue();
            JsonNode component = json.get(arch).get("components").get(0);
            assertThat(component.fieldNames()).toIterable().contains("id", "name", "type",
                "monthly", "lines", "unpriced");
            assertThat(component.get("lines").get(0).fieldNames()).toIterable().contains("item",
                "quantity", "unit", "unitPrice", "amount", "source", "asOf");
        }
        assertThat(json.get("savings").fieldNames()).toIterable().contains("monthly", "percent");
        assertThat(json.get("businessCase").fieldNames()).toIterable().contains("horizonMonths",
            "migrationCost", "currentTco", "targetTco", "breakEvenMonth", "npv", "months");
        assertThat(json.get("businessCase").get("months").get(0).fieldNames()).toIterable()
            .contains("month", "current", "target", "oneTime", "cumulativeSavings");
        assertThat(json.get("catalog").get("source").asText()).isEqualTo("test prices");
        assertThat(json.get("catalog").get("asOf").asText()).isEqualTo("2026-10-09");
        // figures: cents of the exact report; the RDS storage is listed as unpriced
        assertThat(json.get("current").get("monthly").decimalValue())
            .isEqualByComparingTo(report.current().monthly().setScale(2,
                java.math.RoundingMode.HALF_UP));
        assertThat(json.get("target").get("components").get(1).get("unpriced").get(0).asText())
            .contains("no price for rds storage-gp2");
        assertThat(json.get("target").get("unpricedComponents").asInt()).isEqualTo(1);
        assertThat(json.get("businessCase").get("months")).hasSize(12);
    }

    @Test
    void csvHasOneRowPerLineAndPerUnpricedReasonAndAmountsAddUp() {
        String csv = EstimateCsv.render(report);
        List<String> rows = csv.lines().toList();
        long lines = report.current().components().stream().mapToLong(c -> c.lines().size()).sum()
            + report.target().components().stream().mapToLong(c -> c.lines().size()).sum();
        assertThat(rows).hasSize(1 + (int) lines + report.unpricedCount());
        assertThat(rows.get(0)).isEqualTo(EstimateCsv.HEADER);
        List<List<String>> cells = rows.stream().skip(1).map(EstimateOutputTest::fields).toList();
        assertThat(cells).allMatch(r -> r.size() == 16);
        BigDecimal target = cells.stream().filter(r -> r.get(0).equals("target"))
            .map(r -> r.get(9)).filter(s -> !s.isEmpty()).map(BigDecimal::new)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(target.subtract(report.target().monthly()).abs())
            .isLessThan(new BigDecimal("0.05"));
        assertThat(cells).anyMatch(r -> r.get(1).equals("cdn")
            && r.get(2).equals("CDN, \"edge\""));
        assertThat(cells).anyMatch(r -> r.get(1).equals("rds") && r.get(9).isEmpty()
            && r.get(14).contains("no price for rds storage-gp2"));
    }

    /** Splits one CSV row, honouring RFC 4180 quotes. */
    private static List<String> fields(String row) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        fields.add(cell.toString());
        return fields;
    }

    @Test
    void csvQuotesCommasAndDefusesFormulas() {
        assertThat(EstimateCsv.text("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(EstimateCsv.text("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    }

    @Test
    void tableShowsApplicationsTotalsSavingsAndBreakEven() {
        String table = EstimateTable.render(report, businessCase);
        assertThat(table).contains("Application", "bet", "acc", "(none)", "Total", "Savings",
            "Break-even", "Migration cost", "NPV at 8 %", "Unpriced: 1 component(s)",
            "target/rds: General Purpose storage");
        assertThat(table).contains(Amounts.money(report.current().monthly()));
        // one 12-month slice whose cumulative savings are the horizon's
        assertThat(table).contains("2026-01..2026-12", Amounts.money(
            businessCase.months().get(11).cumulativeSavings()));
    }
}
