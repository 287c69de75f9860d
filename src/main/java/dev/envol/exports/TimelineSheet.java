package dev.envol.exports;

import static dev.envol.exports.AssumptionsSheet.USD_TO_CURRENCY;
import static dev.envol.exports.BudgetSheets.range;

import dev.envol.cost.MonthCost;
import dev.envol.model.AwsSupport;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Timeline sheet: one row per month of the horizon, as formulas over the Waves sheet's
 * application block: the as-is run rate, the current components still running, the target
 * components already running, the one-time effort, the migration path, the monthly and the
 * cumulative savings. Column J marks the months with negative cumulative savings, so the
 * Summary finds the break-even month as the one after the last of them. Columns K and L hold
 * the AWS charges running that month and the support plan priced on them, which the target
 * column includes.
 *
 * <p>Volume tiers: an application's run rate carries its tiered lines at the blended rate of
 * the architecture's whole volume (the Prices sheet), and these formulas add run rates up. The
 * engine's timeline re-tiers each month's own volume instead ({@code TierTimeline}): while an
 * item's lines are split over applications in different waves, a month with part of the volume
 * is billed at the higher first rates. The cached values written here are the engine's; a
 * recalculation gives the full-volume blend for such months (the same figure whenever each
 * tiered item moves in one wave, as in the sample). Re-tiering per month in formulas would
 * take, per tiered item, a quantity and an amount column per application and a tier formula
 * per month: not done yet.
 */
final class TimelineSheet {
    static final char MONTH = 'A';
    static final char AS_IS = 'C';
    static final char PATH = 'G';
    static final char SAVINGS = 'H';
    static final char CUMULATIVE = 'I';
    static final char NEGATIVE_UNTIL = 'J';
    static final char AWS_CHARGES = 'K';
    static final char SUPPORT = 'L';
    static final int FIRST = 2;

    /** The month rows, 1-based; {@code last < first} when the horizon is 0. */
    record Layout(int first, int last) {
        String column(char c) {
            return range(BudgetSheets.TIMELINE, c, first, Math.max(first, last));
        }

        boolean empty() {
            return last < first;
        }
    }

    private TimelineSheet() {
    }

    static Layout write(Sheet sheet, List<MonthCost> months, AwsSupport plan,
                        CostLinesSheet.Layout current, WavesSheet.Layout waves,
                        BudgetStyles s) {
        int horizon = months.size();
        Row header = sheet.createRow(0);
        String[] titles = {"Month", "Index", "As-is", "Current (migration path)",
            "Target (migration path)", "One-time", "Migration path", "Monthly savings",
            "Cumulative savings", "Negative until", "AWS charges (migration path)",
            "AWS Support (" + plan.key() + ")"};
        for (int i = 0; i < titles.length; i++) {
            s.header(header, i, titles[i]);
        }
        String until = waves.column(WavesSheet.CURRENT_UNTIL);
        String currentMonthly = waves.column(WavesSheet.CURRENT_MONTHLY);
        String from = waves.column(WavesSheet.TARGET_FROM);
        String targetMonthly = waves.column(WavesSheet.TARGET_MONTHLY);
        String effortFrom = waves.column(WavesSheet.EFFORT_FROM);
        String effortUntil = waves.column(WavesSheet.EFFORT_UNTIL);
        String perMonth = waves.column(WavesSheet.ONE_TIME_PER_MONTH);
        String awsMonthly = waves.column(WavesSheet.TARGET_AWS_MONTHLY);
        for (int m = 0; m < horizon; m++) {
            int x = FIRST + m;
            MonthCost month = months.get(m);
            Row row = sheet.createRow(x - 1);
            s.text(row, 0, month.month().toString());
            s.number(row, 1, m, s.integer);
            s.formula(row, 2, current.total(), s.money, month.asIs());
            s.formula(row, 3, "SUMIF(" + until + ",\">\"&B" + x + "," + currentMonthly + ")",
                s.money, month.current());
            s.formula(row, 4, "SUMIF(" + from + ",\"<=\"&B" + x + "," + targetMonthly + ")+L"
                + x, s.money, month.target());
            s.formula(row, 5, "SUMIFS(" + perMonth + "," + effortFrom + ",\"<=\"&B" + x + ","
                + effortUntil + ",\">\"&B" + x + ")", s.money, month.oneTime());
            s.formula(row, 6, "D" + x + "+E" + x + "+F" + x, s.money, month.migrationPath());
            s.formula(row, 7, "C" + x + "-G" + x, s.money, month.savings());
            s.formula(row, 8, m == 0 ? "H" + x : "I" + (x - 1) + "+H" + x, s.money,
                month.cumulativeSavings());
            s.formula(row, 9, "IF(I" + x + "<0,B" + x + "+1,0)", s.integer,
                month.cumulativeSavings().signum() < 0 ? m + 1 : 0);
            s.formula(row, 10, "SUMIF(" + from + ",\"<=\"&B" + x + "," + awsMonthly + ")",
                s.money, month.awsCharges());
            // no AWS spend yet, no support plan: the same rule as the engine's timeline
            s.formula(row, 11, "IF(K" + x + ">0," + USD_TO_CURRENCY + "*"
                + SupportFormulaText.usd(plan, "K" + x + "/" + USD_TO_CURRENCY) + ",0)",
                s.money, month.support());
        }
        int last = FIRST + horizon - 1;
        BudgetSheets.table(sheet, 0, Math.max(1, last) - 1, titles.length - 1);
        BudgetSheets.widths(sheet, 10, 7, 16, 22, 22, 16, 16, 16, 18, 14, 22, 20);
        BudgetSheets.print(sheet);
        return new Layout(FIRST, last);
    }
}
