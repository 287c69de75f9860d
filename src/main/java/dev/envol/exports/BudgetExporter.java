package dev.envol.exports;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostReport;
import dev.envol.cost.Sensitivity;
import dev.envol.cost.SensitivityRow;
import dev.envol.cost.WaveSource;
import dev.envol.model.Wave;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code budget.xlsx}: the Excel budget with live formulas. Sheets Summary, Current, Target,
 * Timeline, Waves, Assumptions, Prices (volume tiers),
 * Sensitivity; every amount is a formula over the Assumptions cells, so a
 * manager who changes the exchange rate or the day rate sees every total follow.
 *
 * <p>The sheets and the Summary chart are made on a plain XSSF workbook, then the rows are
 * streamed through SXSSF (a window of rows in memory, the rest in temporary files), so a large
 * estate's budget stays within a small heap.
 */
public final class BudgetExporter implements Exporter<BudgetExporter.Budget> {
    private static final int ROWS_IN_MEMORY = 200;

    /**
     * What the budget is drawn from.
     *
     * @param waves the waves the business case was made with (saved or planned)
     */
    public record Budget(CostReport report, BusinessCase business, List<Wave> waves,
                         List<SensitivityRow> sensitivity) {
        public Budget {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(business, "business");
            waves = List.copyOf(waves);
            sensitivity = List.copyOf(sensitivity);
        }

        /** The budget with the sensitivity analysis made on the same waves. */
        public Budget(CostReport report, BusinessCase business, List<Wave> waves) {
            this(report, business, waves,
                Sensitivity.of(report, new WaveSource(waves, business.waveOrigin())));
        }
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public void write(Budget budget, OutputStream out) throws IOException {
        XSSFWorkbook template = new XSSFWorkbook();
        for (String name : List.of(BudgetSheets.SUMMARY, BudgetSheets.CURRENT,
            BudgetSheets.TARGET, BudgetSheets.TIMELINE, BudgetSheets.WAVES,
            BudgetSheets.ASSUMPTIONS, BudgetSheets.PRICES, BudgetSheets.SENSITIVITY)) {
            template.createSheet(name);
        }
        BudgetChart.draw(template.getSheet(BudgetSheets.SUMMARY), budget.business());
        SXSSFWorkbook workbook = new SXSSFWorkbook(template, ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try {
            CostReport report = budget.report();
            BudgetStyles styles = new BudgetStyles(workbook, report.currency());
            AssumptionsSheet.write(workbook.getSheet(BudgetSheets.ASSUMPTIONS), report,
                budget.business(), styles);
            PricesSheet.Layout prices = PricesSheet.plan(report);
            CostLinesSheet.Layout current = CostLinesSheet.write(
                workbook.getSheet(BudgetSheets.CURRENT), report.current(), report, prices, styles);
            CostLinesSheet.Layout target = CostLinesSheet.write(
                workbook.getSheet(BudgetSheets.TARGET), report.target(), report, prices, styles);
            PricesSheet.write(workbook.getSheet(BudgetSheets.PRICES), prices, current, target,
                styles);
            WavesSheet.Layout waves = WavesSheet.write(workbook.getSheet(BudgetSheets.WAVES),
                report, budget.business(), budget.waves(), current, target, styles);
            TimelineSheet.Layout timeline = TimelineSheet.write(
                workbook.getSheet(BudgetSheets.TIMELINE), budget.business().months(),
                report.project().settings().awsSupport(), current, waves, styles);
            SummarySheet.write(workbook.getSheet(BudgetSheets.SUMMARY), report,
                budget.business(), current, target, waves, timeline, styles);
            SensitivitySheet.write(workbook.getSheet(BudgetSheets.SENSITIVITY),
                budget.sensitivity(), budget.business(), styles);
            workbook.setActiveSheet(0);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
