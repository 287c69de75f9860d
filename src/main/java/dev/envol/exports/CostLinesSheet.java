package dev.envol.exports;

import dev.envol.cost.ArchitectureCost;
import dev.envol.cost.ComponentCost;
import dev.envol.cost.CostLine;
import dev.envol.cost.CostReport;
import dev.envol.cost.LineTiers;
import dev.envol.cost.SupportCost;
import dev.envol.model.Application;
import dev.envol.model.Project;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Current and Target sheets: one row per priced line, amount = a formula (quantity x unit
 * price, x {@code UsdToCurrency} where the price is in USD, {@code FteMonthlyCost} for staff
 * shares), one row per unpriced item with its reason and no amount, a SUM total and a SUMIF
 * subtotal per application.
 *
 * <p>The cost engine converts every AWS price (catalog or typed {@code monthlyUsd}) from USD and
 * keeps on-premise figures as typed, in the model currency; so an AWS component's unit price is
 * written back in USD (the engine's unit price over its rate) and its amount follows the rate.
 */
final class CostLinesSheet {
    /** Column letters the other sheets refer to. */
    static final char APPLICATION = 'B';
    static final char AMOUNT = 'I';
    static final char PRICE_IN = 'H';
    static final char CATEGORY = 'C';
    private static final String STAFF_UNIT = "FTE-month";
    private static final int FIRST = 2;

    /** Where the lines are, 1-based rows: {@code first..last} (empty when last < first). */
    record Layout(String sheet, int first, int last, int totalRow, BigDecimal unassigned,
                  Map<String, BigDecimal> awsCharges) {
        String amounts() {
            return BudgetSheets.range(sheet, AMOUNT, first, Math.max(first, last));
        }

        String applications() {
            return BudgetSheets.range(sheet, APPLICATION, first, Math.max(first, last));
        }

        String total() {
            return BudgetSheets.cell(sheet, AMOUNT, totalRow);
        }

        /** The monthly run rate of one application (its id in {@code criteriaCell}). */
        String sumOf(String criteriaCell) {
            return last < first ? "0" : "SUMIF(" + applications() + "," + criteriaCell + ","
                + amounts() + ")";
        }

        /** The lines of one category ({@code people}, ...) in this sheet. */
        String categorySum(String category) {
            return last < first ? "0" : "SUMIF(" + BudgetSheets.range(sheet, CATEGORY, first,
                last) + ",\"" + category + "\"," + amounts() + ")";
        }

        /** The AWS Support row (only when a paid plan is chosen: right above the total). */
        String supportCell() {
            return BudgetSheets.cell(sheet, AMOUNT, totalRow - 1);
        }

        /** The AWS charges of one application: its lines priced in USD. */
        String awsSumOf(String criteriaCell) {
            return last < first ? "0" : "SUMIFS(" + amounts() + "," + applications() + ","
                + criteriaCell + "," + BudgetSheets.range(sheet, PRICE_IN, first, last)
                + ",\"USD\")";
        }
    }

    private CostLinesSheet() {
    }

    static Layout write(Sheet sheet, ArchitectureCost cost, CostReport report,
                        PricesSheet.Layout prices, BudgetStyles s) {
        Project project = report.project();
        Map<String, String> applicationNames = new HashMap<>();
        for (Application a : project.applications()) {
            applicationNames.put(a.id(), a.name());
        }
        BigDecimal rate = project.settings().usdToCurrency();
        Row header = sheet.createRow(0);
        String[] titles = {"Component", "Application", "Category", "Item", "Quantity", "Unit",
            "Unit price", "Price in", "Amount", "Source", "Unpriced reason", "Volume tiers"};
        for (int i = 0; i < titles.length; i++) {
            s.header(header, i, titles[i]);
        }
        int r = FIRST - 1;
        for (ComponentCost component : cost.components()) {
            String app = applicationNames.containsKey(component.application())
                ? component.application() : CostReport.UNASSIGNED;
            boolean usd = component.component().isAws();
            for (CostLine line : component.lines()) {
                Row row = sheet.createRow(r);
                s.text(row, 0, component.name());
                s.text(row, 1, app);
                s.text(row, 2, line.category().key());
                s.text(row, 3, line.item());
                s.number(row, 4, line.quantity().doubleValue(), s.number);
                s.text(row, 5, line.unit());
                int excelRow = r + 1;
                String amount = "E" + excelRow + "*G" + excelRow;
                String blended = line.isTiered()
                    ? prices.blended(cost.kind(), line.tiers().group()) : null;
                if (usd && blended != null) {
                    // the item's blended rate, re-tiered on the Prices sheet from every
                    // quantity of the item on this sheet
                    s.formula(row, 6, blended, s.usdUnitPrice, rate.signum() == 0
                        ? BigDecimal.ZERO : line.unitPrice().divide(rate, MathContext.DECIMAL64));
                    s.text(row, 7, "USD");
                    s.text(row, 11, PricesSheet.key(cost.kind(), line.tiers().group()));
                    amount += "*" + AssumptionsSheet.USD_TO_CURRENCY;
                } else if (usd) {
                    if (line.isFirstTierOnly()) {
                        s.text(row, 11, LineTiers.FIRST_TIER_ONLY
                            + ": AWS bills it in tiers not in the catalog (an upper bound)");
                    }
                    BigDecimal usdPrice = rate.signum() == 0 ? BigDecimal.ZERO
                        : line.unitPrice().divide(rate, MathContext.DECIMAL64);
                    s.number(row, 6, usdPrice.doubleValue(), s.usdUnitPrice);
                    s.text(row, 7, "USD");
                    amount += "*" + AssumptionsSheet.USD_TO_CURRENCY;
                } else if (STAFF_UNIT.equals(line.unit()) && "model".equals(line.source())) {
                    s.formula(row, 6, AssumptionsSheet.FTE_MONTHLY_COST, s.unitPrice, line.unitPrice());
                    s.text(row, 7, report.currency());
                } else {
                    s.number(row, 6, line.unitPrice().doubleValue(), s.unitPrice);
                    s.text(row, 7, report.currency());
                }
                s.formula(row, 8, amount, s.money, line.amount());
                s.text(row, 9, line.source() + (line.asOf() == null ? "" : " " + line.asOf()));
                r++;
            }
            for (String reason : component.unpriced()) {
                Row row = sheet.createRow(r);
                s.text(row, 0, component.name());
                s.text(row, 1, app);
                s.text(row, 3, "unpriced");
                s.text(row, 10, reason);
                r++;
            }
        }
        int last = r;
        BudgetSheets.table(sheet, 0, Math.max(last, 1) - 1, titles.length - 1);
        String sum = last < FIRST ? "0" : "SUM(I" + FIRST + ":I" + last + ")";
        int totalRow = last + 2;
        if (cost.support().isPaid()) {
            sum += "+I" + support(sheet, totalRow, cost, last, rate, s);
            totalRow += 2;
        }
        Layout layout = new Layout(sheet.getSheetName(), FIRST, last, totalRow,
            cost.application(CostReport.UNASSIGNED), cost.awsChargesByApplication());
        Row total = sheet.createRow(totalRow - 1);
        s.text(total, 0, "Total monthly run rate").setCellStyle(s.label);
        s.formula(total, 8, sum, s.moneyTotal, cost.monthly());
        subtotals(sheet, totalRow + 1, cost, applicationNames, layout, s);
        BudgetSheets.widths(sheet, 28, 18, 12, 44, 12, 12, 16, 8, 16, 28, 44, 40);
        BudgetSheets.print(sheet);
        return layout;
    }

    /**
     * The AWS charges (the lines priced in USD, back in USD) and the support plan over them, on
     * rows {@code at} and {@code at + 1} (1-based); returns the support's row.
     */
    private static int support(Sheet sheet, int at, ArchitectureCost cost, int last,
                               BigDecimal rateValue, BudgetStyles s) {
        String rate = AssumptionsSheet.USD_TO_CURRENCY;
        Row charges = sheet.createRow(at - 1);
        s.text(charges, 0, "AWS charges before support").setCellStyle(s.label);
        s.text(charges, 3, "every line priced in USD, in USD");
        s.text(charges, 7, "USD");
        String usd = last < FIRST ? "0" : "SUMIF(H" + FIRST + ":H" + last + ",\"USD\",I" + FIRST
            + ":I" + last + ")/" + rate;
        s.formula(charges, 6, usd, s.usdUnitPrice, rateValue.signum() == 0 ? BigDecimal.ZERO
            : cost.support().awsCharges().divide(rateValue, MathContext.DECIMAL64));
        Row plan = sheet.createRow(at);
        s.text(plan, 0, cost.support().label()).setCellStyle(s.label);
        s.text(plan, 2, "support");
        s.text(plan, 3, "AWS's published formula over the AWS charges above");
        s.formula(plan, 8, rate + "*" + SupportFormulaText.usd(cost.support().plan(),
            "G" + at), s.money, cost.support().monthly());
        s.text(plan, 9, SupportCost.SOURCE);
        return at + 1;
    }

    /** Per application (model order, then unassigned): the SUMIF of its lines. */
    private static void subtotals(Sheet sheet, int r, ArchitectureCost cost,
                                  Map<String, String> names, Layout layout, BudgetStyles s) {
        Row header = sheet.createRow(r);
        s.header(header, 0, "Application");
        s.header(header, 1, "Application id");
        s.header(header, 8, "Monthly");
        for (Map.Entry<String, BigDecimal> app : cost.byApplication().entrySet()) {
            r++;
            Row row = sheet.createRow(r);
            s.text(row, 0, names.getOrDefault(app.getKey(), app.getKey()));
            s.text(row, 1, app.getKey());
            s.formula(row, 8, layout.sumOf("B" + (r + 1)), s.money, app.getValue());
        }
    }
}
