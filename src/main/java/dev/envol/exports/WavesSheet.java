package dev.envol.exports;

import static dev.envol.exports.AssumptionsSheet.DAY_RATE;
import static dev.envol.exports.AssumptionsSheet.DUAL_RUN_MONTHS;
import static dev.envol.exports.AssumptionsSheet.HORIZON_MONTHS;
import static dev.envol.exports.AssumptionsSheet.WAVE_LENGTH_MONTHS;

import dev.envol.cost.ApplicationMigration;
import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostReport;
import dev.envol.model.Application;
import dev.envol.model.Cutover;
import dev.envol.model.Project;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import dev.envol.model.Wave;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The Waves sheet: the waves (start month, applications, one-time cost as a SUMIF), then one
 * row per application with the month indexes the Timeline sums over: its current cost runs
 * until {@code cutover + Dual-run months} (the application's cut-over, or the
 * {@code DualRunMonths} assumption when it has none; a retired one until its cutover, a retained or
 * unplanned one to the end), its target cost from the cutover, its effort
 * ({@code days x DayRate}) spread over {@code WaveLengthMonths} from the cutover. The same rules
 * as the cost engine's business case, as formulas over the Assumptions cells.
 */
final class WavesSheet {
    /** Application-block columns the Timeline reads. */
    static final char CURRENT_MONTHLY = 'I';
    static final char TARGET_MONTHLY = 'J';
    static final char CURRENT_UNTIL = 'K';
    static final char TARGET_FROM = 'L';
    static final char EFFORT_FROM = 'M';
    static final char EFFORT_UNTIL = 'N';
    static final char ONE_TIME = 'H';
    static final char ONE_TIME_PER_MONTH = 'O';
    static final char DUAL_RUN = 'P';
    static final char TARGET_AWS_MONTHLY = 'Q';

    /** The application block's rows, 1-based. */
    record Layout(int first, int last) {
        String column(char c) {
            return BudgetSheets.range(BudgetSheets.WAVES, c, first, last);
        }
    }

    private WavesSheet() {
    }

    static Layout write(Sheet sheet, CostReport report, BusinessCase business, List<Wave> waves,
                        CostLinesSheet.Layout current, CostLinesSheet.Layout target,
                        BudgetStyles s) {
        Project project = report.project();
        YearMonth start = project.settings().startMonth();
        int appsHeader = waves.size() + 2;
        int first = appsHeader + 2;
        int last = first + project.applications().size();
        Layout layout = new Layout(first, last);
        Map<String, List<String>> namesByWave = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Application> byId = new HashMap<>();
        for (Application a : project.applications()) {
            names.put(a.id(), a.name());
            byId.put(a.id(), a);
        }
        Map<String, BigDecimal> costByWave = new HashMap<>();
        for (ApplicationMigration m : business.applications()) {
            if (m.planned()) {
                namesByWave.computeIfAbsent(m.wave(), w -> new ArrayList<>())
                    .add(names.get(m.application()));
                costByWave.merge(m.wave(), m.oneTimeCost(), BigDecimal::add);
            }
        }
        Row header = sheet.createRow(0);
        String[] titles = {"Wave", "Name", "Start month", "Month index", "Applications",
            "Application names", "One-time cost"};
        for (int i = 0; i < titles.length; i++) {
            s.header(header, i, titles[i]);
        }
        int r = 1;
        for (Wave wave : waves) {
            List<String> members = namesByWave.getOrDefault(wave.id(), List.of());
            Row row = sheet.createRow(r);
            s.text(row, 0, wave.id());
            s.text(row, 1, wave.name());
            s.text(row, 2, wave.start().toString());
            s.number(row, 3, index(start, wave.start()), s.integer);
            s.number(row, 4, members.size(), s.integer);
            s.text(row, 5, String.join(", ", members));
            s.formula(row, 6, "SUMIF(" + layout.column('D') + ",A" + (r + 1) + ","
                + layout.column(ONE_TIME) + ")", s.money,
                costByWave.getOrDefault(wave.id(), BigDecimal.ZERO));
            r++;
        }
        applications(sheet, appsHeader, project, business, byId, waves, project.settings(), current,
            target, s);
        // the wave list's header stays in view; the filter is on the longer application block
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(appsHeader, last - 1, 0, 16));
        BudgetSheets.widths(sheet, 20, 30, 12, 12, 12, 40, 16, 16, 16, 16, 12, 12, 12, 12, 16,
            12, 18);
        BudgetSheets.print(sheet);
        return layout;
    }

    private static void applications(Sheet sheet, int headerIndex, Project project,
                                     BusinessCase business,
                                     Map<String, Application> byId, List<Wave> waves,
                                     Settings settings, CostLinesSheet.Layout current,
                                     CostLinesSheet.Layout target, BudgetStyles s) {
        Row header = sheet.createRow(headerIndex);
        String[] titles = {"Application", "Name", "Strategy", "Wave", "Cutover", "Cutover index",
            "Effort days", "One-time cost", "Current monthly", "Target monthly",
            "Current runs until", "Target runs from", "Effort from", "Effort until",
            "One-time per month", "Dual-run months", "Target AWS monthly"};
        for (int i = 0; i < titles.length; i++) {
            s.header(header, i, titles[i]);
        }
        int r = headerIndex + 1;
        for (ApplicationMigration m : business.applications()) {
            Row row = sheet.createRow(r);
            int x = r + 1;
            s.text(row, 0, m.application());
            Application app = byId.get(m.application());
            s.text(row, 1, app == null ? m.application() : app.name());
            s.text(row, 2, m.strategy().key());
            s.text(row, 3, m.planned() ? m.wave() : "not in plan");
            s.text(row, 4, m.planned() ? m.cutover().toString() : "");
            if (m.planned()) {
                s.number(row, 5, index(settings.startMonth(), m.cutover()), s.integer);
            }
            if (app != null && app.effortDays() == null) {
                // the strategy default stays a reference, so editing it in Assumptions counts
                s.formula(row, 6, AssumptionsSheet.effortName(m.strategy()), s.number,
                    m.effortDays());
            } else {
                s.number(row, 6, m.effortDays().doubleValue(), s.number);
            }
            boolean counted = m.planned() || m.strategy() == Strategy.RETAIN;
            if (counted) {
                s.formula(row, 7, "G" + x + "*" + DAY_RATE, s.money, m.oneTimeCost());
            } else {
                s.number(row, 7, 0, s.money);
            }
            runs(row, x, m, business, settings, current, target, s,
                app != null && Cutover.of(project, app).followsDualRunMonths());
            r++;
        }
        unassigned(sheet.createRow(r), r + 1, waves, settings, business, current, target, s);
    }

    private static void runs(Row row, int x, ApplicationMigration m, BusinessCase business,
                             Settings settings, CostLinesSheet.Layout current,
                             CostLinesSheet.Layout target, BudgetStyles s,
                             boolean followsAssumption) {
        int horizon = business.horizonMonths();
        int dualRun = m.dualRunMonths();
        int waveLength = Math.max(1, settings.waveLengthMonths());
        int cutover = m.planned() ? index(settings.startMonth(), m.cutover()) : 0;
        s.formula(row, 8, current.sumOf("A" + x), s.money, m.currentMonthly());
        s.formula(row, 9, target.sumOf("A" + x), s.money, m.targetMonthly());
        String until = HORIZON_MONTHS;
        int untilValue = horizon;
        String from = HORIZON_MONTHS;
        int fromValue = horizon;
        if (m.planned() && m.strategy() == Strategy.RETIRE) {
            until = "F" + x;
            untilValue = cutover;
        } else if (m.planned() && m.strategy() != Strategy.RETAIN) {
            if (followsAssumption) {
                s.formula(row, 15, DUAL_RUN_MONTHS, s.integer, dualRun);
            } else {
                s.number(row, 15, dualRun, s.integer); // from the application's cut-over
            }
            until = "F" + x + "+" + DUAL_RUN + x;
            untilValue = cutover + dualRun;
            from = "F" + x;
            fromValue = cutover;
        }
        s.formula(row, 10, until, s.integer, untilValue);
        s.formula(row, 11, from, s.integer, fromValue);
        boolean effort = m.planned() || m.strategy() == Strategy.RETAIN;
        if (effort) {
            int effortFrom = m.planned() ? cutover : 0;
            s.formula(row, 12, m.planned() ? "F" + x : "0", s.integer, effortFrom);
            s.formula(row, 13, "M" + x + "+MAX(1," + WAVE_LENGTH_MONTHS + ")", s.integer,
                effortFrom + waveLength);
        }
        BigDecimal counted = effort ? m.oneTimeCost() : BigDecimal.ZERO;
        s.formula(row, 14, "H" + x + "/MAX(1," + WAVE_LENGTH_MONTHS + ")", s.money,
            counted.doubleValue() / waveLength);
        awsMonthly(row, x, m.application(), target, s);
    }

    /** The application's AWS charges: the Timeline prices the support plan on their sum. */
    private static void awsMonthly(Row row, int x, String application,
                                   CostLinesSheet.Layout target, BudgetStyles s) {
        s.formula(row, 16, target.awsSumOf("A" + x), s.money,
            target.awsCharges().getOrDefault(application, BigDecimal.ZERO));
    }

    /** Components without an application stop and start with the first wave, like the engine. */
    private static void unassigned(Row row, int x, List<Wave> waves, Settings settings,
                                   BusinessCase business, CostLinesSheet.Layout current,
                                   CostLinesSheet.Layout target, BudgetStyles s) {
        s.text(row, 0, CostReport.UNASSIGNED);
        s.text(row, 1, "components without an application");
        YearMonth first = waves.stream().map(Wave::start).min(YearMonth::compareTo).orElse(null);
        int horizon = business.horizonMonths();
        int cutover = first == null ? 0 : index(settings.startMonth(), first);
        if (first != null) {
            s.text(row, 3, "first wave");
            s.text(row, 4, first.toString());
            s.number(row, 5, cutover, s.integer);
        }
        s.number(row, 7, 0, s.money);
        s.formula(row, 8, current.sumOf("A" + x), s.money, current.unassigned());
        s.formula(row, 9, target.sumOf("A" + x), s.money, target.unassigned());
        s.formula(row, 10, first == null ? HORIZON_MONTHS : "F" + x + "+" + DUAL_RUN_MONTHS,
            s.integer, first == null ? horizon : cutover + settings.dualRunMonths());
        s.formula(row, 11, first == null ? HORIZON_MONTHS : "F" + x, s.integer,
            first == null ? horizon : cutover);
        s.number(row, 14, 0, s.money);
        awsMonthly(row, x, CostReport.UNASSIGNED, target, s);
    }

    static int index(YearMonth start, YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(start, month);
    }
}
