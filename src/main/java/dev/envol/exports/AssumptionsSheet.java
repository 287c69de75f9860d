package dev.envol.exports;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostReport;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The Assumptions sheet: one cell per setting the budget's formulas read, each with a defined
 * name ({@code UsdToCurrency}, {@code DayRate}, {@code Effort_Rehost}, ...) so a formula reads
 * {@code =E2*G2*UsdToCurrency}. Changing one of these cells recomputes every total.
 */
final class AssumptionsSheet {
    static final String USD_TO_CURRENCY = "UsdToCurrency";
    static final String HOURS_PER_MONTH = "HoursPerMonth";
    static final String DAY_RATE = "DayRate";
    static final String DUAL_RUN_MONTHS = "DualRunMonths";
    static final String WAVE_LENGTH_MONTHS = "WaveLengthMonths";
    static final String DISCOUNT_RATE = "DiscountRate";
    static final String FTE_MONTHLY_COST = "FteMonthlyCost";
    static final String HORIZON_MONTHS = "HorizonMonths";

    private AssumptionsSheet() {
    }

    /** The defined name of a strategy's default effort in days: {@code Effort_Rehost}. */
    static String effortName(Strategy strategy) {
        String key = strategy.key();
        return "Effort_" + key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
    }

    static void write(Sheet sheet, CostReport report, BusinessCase business, BudgetStyles s) {
        Settings settings = report.project().settings();
        Row header = sheet.createRow(0);
        s.header(header, 0, "Assumption");
        s.header(header, 1, "Value");
        s.header(header, 2, "Used for");
        int r = 1;
        r = text(sheet, r, s, "Currency", settings.currency(), "every amount in this workbook");
        r = value(sheet, r, s, USD_TO_CURRENCY, "USD to " + settings.currency() + " rate",
            settings.usdToCurrency(), s.number, "AWS unit prices (in USD) x rate = amount");
        r = value(sheet, r, s, HOURS_PER_MONTH, "Hours per month", settings.hoursPerMonth(),
            s.number, "already in the quantities of hourly lines (informative)");
        r = value(sheet, r, s, DAY_RATE, "Day rate", settings.dayRate(), s.money,
            "one-time cost = effort days x day rate");
        r = value(sheet, r, s, DUAL_RUN_MONTHS, "Dual-run months",
            BigDecimal.valueOf(settings.dualRunMonths()), s.integer,
            "current components keep running after their wave starts (when the application "
                + "has no cut-over of its own: see Waves, Dual-run months)");
        r = value(sheet, r, s, WAVE_LENGTH_MONTHS, "Wave length (months)",
            BigDecimal.valueOf(settings.waveLengthMonths()), s.integer,
            "one-time cost is spread over the wave's months");
        r = value(sheet, r, s, DISCOUNT_RATE, "Discount rate (annual)", settings.discountRate(),
            s.percent, "NPV of the monthly savings");
        r = value(sheet, r, s, FTE_MONTHLY_COST, "FTE monthly cost", settings.fteMonthlyCost(),
            s.money, "on-premise staff share lines");
        r = text(sheet, r, s, "Start month", settings.startMonth().toString(), "first timeline month");
        r = value(sheet, r, s, HORIZON_MONTHS, "Horizon (months)",
            BigDecimal.valueOf(business.horizonMonths()), s.integer, "timeline length, TCO");
        for (Strategy strategy : Strategy.values()) {
            r = value(sheet, r, s, effortName(strategy), "Effort days: " + strategy.key(),
                settings.effortDays(strategy), s.number,
                "default effort of a " + strategy.key() + " application");
        }
        r = text(sheet, r, s, "Price catalog", report.catalogSource(), "AWS unit prices");
        r = text(sheet, r, s, "Price catalog date",
            report.catalogAsOf() == null ? "" : report.catalogAsOf().toString(), "");
        r = text(sheet, r, s, "Waves", business.waveOrigin(), "saved in the model, or planned");
        text(sheet, r, s, "AWS Support plan", settings.awsSupport().key(),
            "priced on each month's AWS charges with AWS's published formula (Target sheet, "
                + "Timeline column L); choose another plan in the model and export again");
        BudgetSheets.widths(sheet, 34, 16, 60);
        sheet.createFreezePane(0, 1);
        BudgetSheets.print(sheet);
    }

    private static int value(Sheet sheet, int r, BudgetStyles s, String name, String label,
                             BigDecimal value, CellStyle style, String usedFor) {
        Row row = sheet.createRow(r);
        s.text(row, 0, label);
        s.number(row, 1, value.doubleValue(), style);
        s.text(row, 2, usedFor + " (" + name + ")");
        Workbook workbook = sheet.getWorkbook();
        Name defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(BudgetSheets.cell(sheet.getSheetName(), 'B', r + 1));
        return r + 1;
    }

    private static int text(Sheet sheet, int r, BudgetStyles s, String label, String value,
                            String usedFor) {
        Row row = sheet.createRow(r);
        s.text(row, 0, label);
        s.text(row, 1, value);
        s.text(row, 2, usedFor);
        return r + 1;
    }
}
