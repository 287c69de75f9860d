package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostReport;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Project;
import dev.envol.model.Settings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class BudgetExporterTest {
    private static final double CENT = 0.01;

    @Test
    void sheetsComeInOrderAndTheSummaryHasItsLabels() throws Exception {
        try (XSSFWorkbook workbook = BudgetWorkbooks.budget(BudgetWorkbooks.sample())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Summary", "Current", "Target", "Timeline",
                "Waves", "Assumptions", "Prices", "Sensitivity");
            Sheet summary = workbook.getSheet("Summary");
            List<String> labels = new ArrayList<>();
            for (int r = 0; r < 7; r++) {
                labels.add(summary.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(labels).containsExactly("Current monthly run rate",
                "Target monthly run rate", "Monthly savings", "One-time migration cost",
                "Break-even month", "Current TCO", "Target TCO (incl. migration)");
            assertThat(summary.getRow(0).getCell(1).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(workbook.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void evaluatedSummaryEqualsTheCostEngine() throws Exception {
        Project project = BudgetWorkbooks.sample();
        try (XSSFWorkbook workbook = BudgetWorkbooks.budget(project)) {
            evaluate(workbook);
            assertSummaryMatches(workbook, BudgetWorkbooks.estimate(project));
        }
    }

    @Test
    void changingTheExchangeRateCellMovesTotalsLikeTheEngine() throws Exception {
        Project project = BudgetWorkbooks.sample();
        BigDecimal rate = new BigDecimal("1.1");
        try (XSSFWorkbook workbook = BudgetWorkbooks.budget(project)) {
            assumption(workbook, "UsdToCurrency").setCellValue(rate.doubleValue());
            evaluate(workbook);
            Project changed = project.withSettings(project.settings().withUsdToCurrency(rate));
            CostReport report = BudgetWorkbooks.estimate(changed);
            assertThat(report.target().monthly()).isNotEqualByComparingTo(
                BudgetWorkbooks.estimate(project).target().monthly());
            assertSummaryMatches(workbook, report);
        }
    }

    @Test
    void changingTheDayRateCellMovesTotalsLikeTheEngine() throws Exception {
        Project project = BudgetWorkbooks.sample();
        BigDecimal dayRate = new BigDecimal("1234");
        try (XSSFWorkbook workbook = BudgetWorkbooks.budget(project)) {
            assumption(workbook, "DayRate").setCellValue(dayRate.doubleValue());
            evaluate(workbook);
            Settings s = project.settings();
            Settings changed = s.withBusinessCase(s.dualRunMonths(), dayRate, s.discountRate());
            CostReport report = BudgetWorkbooks.estimate(project.withSettings(changed));
            assertThat(BudgetWorkbooks.businessCase(report).migrationCost())
                .isNotEqualByComparingTo(BudgetWorkbooks.businessCase(
                    BudgetWorkbooks.estimate(project)).migrationCost());
            assertSummaryMatches(workbook, report);
        }
    }

    @Test
    void componentNamesThatLookLikeFormulasStayText() throws Exception {
        Project project = BudgetWorkbooks.sample();
        ArchitectureKind current = ArchitectureKind.CURRENT;
        Component first = project.architecture(current).components().stream()
            .filter(c -> c.type().startsWith("onprem.")).findFirst().orElseThrow();
        Project hostile = project.withArchitecture(current, project.architecture(current)
            .replace(first.withName("=HYPERLINK(\"x\")")));
        try (XSSFWorkbook workbook = BudgetWorkbooks.budget(hostile)) {
            Cell cell = null;
            for (Row row : workbook.getSheet("Current")) {
                Cell a = row.getCell(0);
                if (a != null && a.getCellType() != CellType.STRING) {
                    cell = a;
                } else if (a != null && a.getStringCellValue().startsWith("=HYPERLINK")) {
                    cell = cell == null ? a : cell;
                }
            }
            assertThat(cell).isNotNull();
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    static void evaluate(XSSFWorkbook workbook) {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        evaluator.clearAllCachedResultValues();
        evaluator.evaluateAll();
    }

    static Cell assumption(XSSFWorkbook workbook, String name) {
        Name defined = workbook.getName(name);
        org.apache.poi.ss.util.CellReference ref =
            new org.apache.poi.ss.util.CellReference(defined.getRefersToFormula());
        Row row = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow());
        return row.getCell(ref.getCol());
    }

    private static void assertSummaryMatches(XSSFWorkbook workbook, CostReport report) {
        BusinessCase business = BudgetWorkbooks.businessCase(report);
        Sheet summary = workbook.getSheet("Summary");
        assertThat(value(summary, 0)).isCloseTo(report.current().monthly().doubleValue(),
            within(CENT));
        assertThat(value(summary, 1)).isCloseTo(report.target().monthly().doubleValue(),
            within(CENT));
        assertThat(value(summary, 2)).isCloseTo(report.monthlySavings().doubleValue(),
            within(CENT));
        assertThat(value(summary, 3)).isCloseTo(business.migrationCost().doubleValue(),
            within(CENT));
        assertThat(summary.getRow(4).getCell(1).getStringCellValue()).isEqualTo(
            business.breakEven().map(Object::toString).orElse("not within horizon"));
        assertThat(value(summary, 5)).isCloseTo(business.currentTco().doubleValue(),
            within(CENT));
        assertThat(value(summary, 6)).isCloseTo(business.targetTco().doubleValue(),
            within(CENT));
        assertThat(summary.getRow(0).getCell(4).getNumericCellValue())
            .isCloseTo(business.npv().doubleValue(), within(CENT));
    }

    private static double value(Sheet summary, int row) {
        return summary.getRow(row).getCell(1).getNumericCellValue();
    }
}
