package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.envol.cost.AwsSupportFormula;
import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostReport;
import dev.envol.cost.MonthCost;
import dev.envol.cost.SensitivityRow;
import dev.envol.model.AwsSupport;
import dev.envol.model.Project;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The reference model's budget (Business support) read back and evaluated with POI: the support
 * row and each Timeline month equal the engine, and moving an AWS unit price moves the support
 * by AWS's formula; the Sensitivity sheet holds the engine's rows.
 */
class BudgetSupportTest {
    private static final double CENT = 0.01;

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    @Test
    void supportRowsAndTimelineEqualTheEngine() throws Exception {
        Project project = BudgetWorkbooks.sample();
        CostReport report = BudgetWorkbooks.estimate(project);
        BusinessCase business = BudgetWorkbooks.businessCase(report);
        assertThat(report.target().support().plan()).isEqualTo(AwsSupport.BUSINESS);
        try (XSSFWorkbook workbook = BudgetWorkbooks.budget(project)) {
            BudgetExporterTest.evaluate(workbook);
            Sheet target = workbook.getSheet("Target");
            double support = rowLabelled(target, "AWS Support (business)").getCell(8)
                .getNumericCellValue();
            assertThat(support).isCloseTo(report.target().support().monthly().doubleValue(),
                within(CENT));
            Sheet timeline = workbook.getSheet("Timeline");
            for (int m = 0; m < business.months().size(); m++) {
                MonthCost month = business.months().get(m);
                Row row = timeline.getRow(m + 1);
                assertThat(row.getCell(11).getNumericCellValue()).as("support " + month.month())
                    .isCloseTo(month.support().doubleValue(), within(CENT));
                assertThat(row.getCell(4).getNumericCellValue()).as("target " + month.month())
                    .isCloseTo(month.target().doubleValue(), within(CENT));
            }
            Sheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(11).getCell(0).getStringCellValue()).isEqualTo("support");
            assertThat(summary.getRow(11).getCell(2).getNumericCellValue())
                .isCloseTo(support, within(CENT));
            assertThat(summary.getRow(9).getCell(1).getNumericCellValue()).isCloseTo(
                report.current().byCategory().get(dev.envol.cost.CostCategory.PEOPLE)
                    .doubleValue(), within(CENT));
        }
    }

    @Test
    void changingAnAwsUnitPriceMovesTheSupportByTheFormula() throws Exception {
        Project project = BudgetWorkbooks.sample();
        CostReport report = BudgetWorkbooks.estimate(project);
        try (XSSFWorkbook workbook = BudgetWorkbooks.budget(project)) {
            Sheet target = workbook.getSheet("Target");
            // the first line priced in USD: raise its amount by 10,000 USD
            Row line = null;
            for (Row row : target) {
                if (row.getCell(7) != null && "USD".equals(row.getCell(7).toString())
                    && row.getCell(4) != null) {
                    line = row;
                    break;
                }
            }
            assertThat(line).isNotNull();
            double quantity = line.getCell(4).getNumericCellValue();
            double oldPrice = line.getCell(6).getNumericCellValue();
            line.getCell(6).setCellValue(oldPrice + 10_000 / quantity);
            BudgetExporterTest.evaluate(workbook);
            BigDecimal rate = project.settings().usdToCurrency();
            BigDecimal usd = report.target().support().awsCharges()
                .divide(rate, java.math.MathContext.DECIMAL64).add(BigDecimal.valueOf(10_000));
            double expected = AwsSupportFormula.monthlyUsd(AwsSupport.BUSINESS, usd)
                .multiply(rate).doubleValue();
            double support = rowLabelled(target, "AWS Support (business)").getCell(8)
                .getNumericCellValue();
            assertThat(support).isCloseTo(expected, within(CENT));
            // 7 % of 10,000 USD more, at 0.92 EUR per USD
            assertThat(support - report.target().support().monthly().doubleValue())
                .isCloseTo(700 * rate.doubleValue(), within(CENT));
        }
    }

    @Test
    void theSensitivitySheetHoldsTheEngineRowsLargestFirst() throws Exception {
        Project project = BudgetWorkbooks.sample();
        CostReport report = BudgetWorkbooks.estimate(project);
        java.util.List<SensitivityRow> rows = dev.envol.cost.Sensitivity.of(report);
        try (XSSFWorkbook workbook = BudgetWorkbooks.budget(project)) {
            BudgetExporterTest.evaluate(workbook);
            Sheet sheet = workbook.getSheet("Sensitivity");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(rows.get(i).assumption());
                assertThat(row.getCell(5).getNumericCellValue())
                    .isCloseTo(rows.get(i).npvLow().doubleValue(), within(CENT));
                assertThat(row.getCell(7).getNumericCellValue())
                    .isCloseTo(rows.get(i).swing().doubleValue(), within(CENT));
            }
        }
    }
}
