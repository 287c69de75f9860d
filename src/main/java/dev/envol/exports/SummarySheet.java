package dev.envol.exports;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostCategory;
import dev.envol.cost.CostReport;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Summary sheet: the seven figures a manager reads first, labels in column A and formulas
 * in column B (over Current, Target, Waves and Timeline), then NPV and the catalog in D/E. The
 * timeline chart is drawn before streaming ({@link BudgetChart}).
 */
final class SummarySheet {
    /** Column A of the Summary, rows 1 to 7, in this order. */
    static final List<String> LABELS = List.of("Current monthly run rate",
        "Target monthly run rate", "Monthly savings", "One-time migration cost",
        "Break-even month", "Current TCO", "Target TCO (incl. migration)");
    static final String NO_BREAK_EVEN = "not within horizon";

    private SummarySheet() {
    }

    /**
     * Below the seven figures (their labels stay where scripts read them): people, licences and
     * support, current and target, as SUMIFs over each sheet's category column; the target's
     * support includes the AWS Support plan row.
     */
    private static void operatingCosts(Sheet sheet, CostReport report,
                                       CostLinesSheet.Layout current,
                                       CostLinesSheet.Layout target, BudgetStyles s) {
        Row header = sheet.createRow(8);
        s.header(header, 0, "Operating costs (monthly)");
        s.header(header, 1, "Current");
        s.header(header, 2, "Target");
        int r = 9;
        for (CostCategory category : OPERATING) {
            Row row = sheet.createRow(r++);
            s.text(row, 0, category.key());
            s.formula(row, 1, current.categorySum(category.key()), s.money,
                orZero(report.current().byCategory().get(category)));
            String targetSum = target.categorySum(category.key());
            if (category == CostCategory.SUPPORT && report.target().support().isPaid()) {
                targetSum += "+" + target.supportCell();
            }
            s.formula(row, 2, targetSum, s.money,
                orZero(report.target().byCategory().get(category)));
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Rows 9 and below: what runs the estate on both sides, by category (live SUMIFs). */
    static final List<CostCategory> OPERATING = List.of(CostCategory.PEOPLE,
        CostCategory.LICENCES, CostCategory.SUPPORT);

    static void write(Sheet sheet, CostReport report, BusinessCase business,
                      CostLinesSheet.Layout current,
                      CostLinesSheet.Layout target, WavesSheet.Layout waves,
                      TimelineSheet.Layout timeline, BudgetStyles s) {
        String negative = timeline.column(TimelineSheet.NEGATIVE_UNTIL);
        String breakEven = timeline.empty() ? "\"\""
            : "IF(MAX(" + negative + ")<" + AssumptionsSheet.HORIZON_MONTHS + ",INDEX("
                + timeline.column(TimelineSheet.MONTH) + ",MAX(" + negative
                + ")+1),\"" + NO_BREAK_EVEN + "\")";
        String[] formulas = {
            current.total(),
            target.total(),
            "B1-B2",
            "SUM(" + waves.column(WavesSheet.ONE_TIME) + ")",
            breakEven,
            timeline.empty() ? "0" : "SUM(" + timeline.column(TimelineSheet.AS_IS) + ")",
            timeline.empty() ? "0" : "SUM(" + timeline.column(TimelineSheet.PATH) + ")",
        };
        BigDecimal[] cached = {report.current().monthly(), report.target().monthly(),
            report.monthlySavings(), business.migrationCost(), null, business.currentTco(),
            business.targetTco()};
        for (int i = 0; i < LABELS.size(); i++) {
            Row row = sheet.createRow(i);
            s.text(row, 0, LABELS.get(i)).setCellStyle(s.label);
            if (cached[i] == null) {
                s.textFormula(row, 1, formulas[i], timeline.empty() ? ""
                    : business.breakEven().map(Object::toString).orElse(NO_BREAK_EVEN));
            } else {
                s.formula(row, 1, formulas[i], s.money, cached[i]);
            }
        }
        Row npv = sheet.getRow(0);
        s.text(npv, 3, "NPV of savings").setCellStyle(s.label);
        s.formula(npv, 4, timeline.empty() ? "0" : "NPV(" + AssumptionsSheet.DISCOUNT_RATE
            + "/12," + timeline.column(TimelineSheet.SAVINGS) + ")", s.money, business.npv());
        Row savings = sheet.getRow(1);
        s.text(savings, 3, "Savings over the horizon").setCellStyle(s.label);
        s.formula(savings, 4, "B6-B7", s.money, business.totalSavings());
        Row currency = sheet.getRow(2);
        s.text(currency, 3, "Currency").setCellStyle(s.label);
        s.text(currency, 4, report.currency());
        Row catalog = sheet.getRow(3);
        s.text(catalog, 3, "Price catalog").setCellStyle(s.label);
        s.text(catalog, 4, report.catalogSource());
        Row model = sheet.getRow(4);
        s.text(model, 3, "Model").setCellStyle(s.label);
        s.text(model, 4, report.project().name());
        s.text(sheet.getRow(5), 3, "AWS Support plan").setCellStyle(s.label);
        s.text(sheet.getRow(5), 4, report.project().settings().awsSupport().key());
        operatingCosts(sheet, report, current, target, s);
        BudgetSheets.widths(sheet, 30, 20, 4, 26, 40);
        BudgetSheets.print(sheet);
    }
}
