package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostEngine;
import dev.envol.cost.CostReport;
import dev.envol.cost.WaveSource;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Project;
import dev.envol.model.Props;
import dev.envol.model.PurchaseOption;
import dev.envol.model.Settings;
import dev.envol.pricing.PriceCatalogs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The budget's volume tiers: the Prices sheet's tier table and the cost lines' formulas over it,
 * evaluated by POI, equal the engine; and after a quantity cell is changed across a tier, the
 * re-evaluated workbook equals the engine's estimate of the changed model.
 */
class BudgetTiersTest {
    private static final double CENT = 0.01;

    static Project model(long egressA) {
        Settings settings = new Settings("eu-west-3", "EUR", new BigDecimal("0.92"),
            BigDecimal.valueOf(730), YearMonth.of(2026, 1), 12, PurchaseOption.ON_DEMAND,
            BigDecimal.valueOf(650), 2, 5, new BigDecimal("0.08"), BigDecimal.valueOf(8000), 1,
            null, null, null);
        List<Component> target = List.of(
            Component.of("egress-a", "Egress A", "aws.data-transfer", null,
                Props.of("internetOutGb", egressA)),
            Component.of("egress-b", "Egress B", "aws.data-transfer", null,
                Props.of("internetOutGb", 117_000)),
            Component.of("cdn", "CDN", "aws.cloudfront", null, Props.of("dataOutGb", 600_000)),
            Component.of("fn", "Function", "aws.lambda", null, Props.of("arch", "arm64",
                "requestsMillions", 10, "avgDurationMs", 100, "memoryMb", 512)));
        return new Project(Project.FORMAT, "tiers", settings, List.of(),
            Architecture.of(List.of(), List.of()), Architecture.of(target, List.of()), null, null);
    }

    static XSSFWorkbook budget(Project project) throws Exception {
        CostReport report = new CostEngine().estimate(project, PriceCatalogs.embedded());
        WaveSource waves = WaveSource.of(project);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new BudgetExporter().write(new BudgetExporter.Budget(report,
            BusinessCase.from(report, waves), waves.waves()), bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    static Row line(Sheet sheet, String component) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && component.equals(row.getCell(0).getStringCellValue())
                && row.getCell(8) != null) {
                return row;
            }
        }
        throw new AssertionError("no line of " + component);
    }

    static double amount(XSSFWorkbook workbook, String component) {
        return line(workbook.getSheet("Target"), component).getCell(8).getNumericCellValue();
    }

    static double engine(CostReport report, String component) {
        return report.componentCost(component).orElseThrow().monthly().doubleValue();
    }

    @Test
    void thePricesSheetHoldsEveryTierAndTheLinesRefertoIt() throws Exception {
        try (XSSFWorkbook workbook = budget(model(40_000))) {
            Sheet prices = workbook.getSheet("Prices");
            assertThat(prices.getRow(2).getCell(0).getStringCellValue())
                .isEqualTo("target data-transfer internet-out eu-west-3");
            assertThat(prices.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(0.09);
            assertThat(prices.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(0.05);
            Row a = line(workbook.getSheet("Target"), "Egress A");
            assertThat(a.getCell(6).getCellFormula()).isEqualTo("'Prices'!$H$3");
            assertThat(a.getCell(11).getStringCellValue())
                .isEqualTo("target data-transfer internet-out eu-west-3");
            Row fn = workbook.getSheet("Target").getRow(line(workbook.getSheet("Target"),
                "Function").getRowNum() + 1);
            assertThat(fn.getCell(11).getStringCellValue()).startsWith("first-tier only");
        }
    }

    @Test
    void evaluatedWorkbookEqualsTheEngineAlsoAfterAQuantityCrossesATier() throws Exception {
        CostReport before = new CostEngine().estimate(model(40_000), PriceCatalogs.embedded());
        CostReport after = new CostEngine().estimate(model(400_000), PriceCatalogs.embedded());
        try (XSSFWorkbook workbook = budget(model(40_000))) {
            BudgetExporterTest.evaluate(workbook);
            for (String c : List.of("Egress A", "Egress B", "CDN")) {
                String id = c.equals("CDN") ? "cdn" : "egress-" + c.substring(7).toLowerCase();
                assertThat(amount(workbook, c)).as(c).isCloseTo(engine(before, id), within(CENT));
            }
            // the total of 157,000 GB is billed 11,741.20 USD, in EUR at 0.92
            assertThat(amount(workbook, "Egress A") + amount(workbook, "Egress B"))
                .isCloseTo(11_741.20 * 0.92, within(CENT));
            // 40,000 -> 400,000 GB: the total (517,000 GB) now reaches the 0.05 tier deeply
            line(workbook.getSheet("Target"), "Egress A").getCell(4).setCellValue(400_000);
            BudgetExporterTest.evaluate(workbook);
            assertThat(amount(workbook, "Egress A")).isCloseTo(engine(after, "egress-a"),
                within(CENT));
            assertThat(amount(workbook, "Egress B")).isCloseTo(engine(after, "egress-b"),
                within(CENT));
            assertThat(workbook.getSheet("Summary").getRow(1).getCell(1).getNumericCellValue())
                .isCloseTo(after.target().monthly().doubleValue(), within(CENT));
        }
    }
}
