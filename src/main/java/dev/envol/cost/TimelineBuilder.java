package dev.envol.cost;

import dev.envol.model.Application;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import dev.envol.model.Wave;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link BusinessCase} timeline. An application's current cost runs until its wave's
 * cut-over plus its dual running ({@link DualRunning}); components without an application keep
 * {@code settings.dualRunMonths}. Each application adds its run rates and effort to
 * per-month change arrays (a cost starting in month a and stopping in month b is +x at a and -x
 * at b), so the cost of a timeline grows with applications plus months, not their product. The
 * target's AWS charges run in their own array, so that the AWS Support plan is priced on each
 * month's AWS spend ({@link AwsSupportFormula}) and grows as the applications move.
 */
final class TimelineBuilder {
    private static final MathContext MC = MathContext.DECIMAL128;

    private final CostReport report;
    private final WaveSource waves;
    private final Settings settings;
    private final int horizon;
    private final BigDecimal[] currentChange;
    private final BigDecimal[] targetChange;
    private final BigDecimal[] oneTime;
    private final TierTimeline tiers;
    private final BigDecimal[] awsChange;
    private final Map<String, BigDecimal> awsByApplication;

    TimelineBuilder(CostReport report, WaveSource waves) {
        this.report = report;
        this.waves = waves;
        this.settings = report.project().settings();
        this.horizon = Math.max(0, settings.horizonMonths());
        this.currentChange = zeros(horizon + 1);
        this.targetChange = zeros(horizon + 1);
        this.oneTime = zeros(horizon);
        this.tiers = new TierTimeline(report, horizon);
        this.awsChange = zeros(horizon + 1);
        this.awsByApplication = report.target().awsChargesByApplication();
    }

    BusinessCase build() {
        Map<String, Wave> waveOf = waveOfApplication();
        List<ApplicationMigration> apps = new ArrayList<>();
        BigDecimal migrationCost = BigDecimal.ZERO;
        for (Application app : report.project().applications()) {
            ApplicationMigration m = migrate(app, waveOf.get(app.id()));
            apps.add(m);
            if (m.planned() || m.strategy() == Strategy.RETAIN) {
                migrationCost = migrationCost.add(m.oneTimeCost());
            }
        }
        unassigned(firstWaveStart());
        return summarise(migrationCost, apps);
    }

    private ApplicationMigration migrate(Application app, Wave wave) {
        BigDecimal days = app.effortDays() != null ? app.effortDays()
            : settings.effortDays(app.strategy());
        BigDecimal effort = days.multiply(settings.dayRate());
        BigDecimal current = report.current().application(app.id());
        BigDecimal target = report.target().application(app.id());
        if (wave == null) {
            // Retained applications are in no wave (they stay); their effort, if any, is spent
            // at the start. Others outside the plan just keep running as they are.
            runCurrent(app.id(), current, 0, horizon);
            if (app.strategy() == Strategy.RETAIN) {
                spread(effort, 0);
            }
            return new ApplicationMigration(app.id(), app.strategy(), null, null, days, effort,
                current, target, 0);
        }
        int cutover = index(wave.start());
        int dualRun = 0;
        if (app.strategy() == Strategy.RETAIN) {
            runCurrent(app.id(), current, 0, horizon);
        } else if (app.strategy() == Strategy.RETIRE) {
            runCurrent(app.id(), current, 0, cutover);
        } else {
            dualRun = DualRunning.months(report.project(), app, wave);
            runCurrent(app.id(), current, 0, cutover + dualRun);
            runTarget(app.id(), target, cutover, horizon);
            run(awsChange, aws(app.id()), cutover, horizon);
        }
        spread(effort, cutover);
        return new ApplicationMigration(app.id(), app.strategy(), wave.id(), wave.start(), days,
            effort, current, target, dualRun);
    }

    /** Components without an application stop and start with the first wave. */
    private void unassigned(YearMonth firstWave) {
        BigDecimal current = report.current().application(CostReport.UNASSIGNED);
        BigDecimal target = report.target().application(CostReport.UNASSIGNED);
        if (firstWave == null) {
            runCurrent(CostReport.UNASSIGNED, current, 0, horizon);
            return;
        }
        int cutover = index(firstWave);
        runCurrent(CostReport.UNASSIGNED, current, 0, cutover + settings.dualRunMonths());
        runTarget(CostReport.UNASSIGNED, target, cutover, horizon);
        run(awsChange, aws(CostReport.UNASSIGNED), cutover, horizon);
    }

    private BigDecimal aws(String application) {
        return awsByApplication.getOrDefault(application, BigDecimal.ZERO);
    }

    private void runCurrent(String application, BigDecimal monthly, int from, int to) {
        run(currentChange, monthly, from, to);
        tiers.run(ArchitectureKind.CURRENT, application, from, to);
    }

    private void runTarget(String application, BigDecimal monthly, int from, int to) {
        run(targetChange, monthly, from, to);
        tiers.run(ArchitectureKind.TARGET, application, from, to);
    }

    private BusinessCase summarise(BigDecimal migrationCost, List<ApplicationMigration> apps) {
        BigDecimal asIs = report.current().monthly();
        List<MonthCost> months = new ArrayList<>(horizon);
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal target = BigDecimal.ZERO;
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal targetTco = BigDecimal.ZERO;
        BigDecimal npv = BigDecimal.ZERO;
        BigDecimal growth = BigDecimal.ONE.add(
            settings.discountRate().divide(BigDecimal.valueOf(12), MC));
        BigDecimal discount = BigDecimal.ONE;
        BigDecimal[] currentTiers = tiers.corrections(ArchitectureKind.CURRENT);
        BigDecimal[] targetTiers = tiers.corrections(ArchitectureKind.TARGET);
        BigDecimal aws = BigDecimal.ZERO;
        for (int m = 0; m < horizon; m++) {
            current = current.add(currentChange[m]);
            target = target.add(targetChange[m]);
            aws = aws.add(awsChange[m]);
            BigDecimal currentNow = current.add(currentTiers[m]);
            BigDecimal targetNow = target.add(targetTiers[m]);
            BigDecimal awsNow = aws.add(targetTiers[m]);
            BigDecimal support = awsNow.signum() > 0
                ? AwsSupportFormula.monthly(settings.awsSupport(), awsNow, settings.usdToCurrency())
                : BigDecimal.ZERO;
            BigDecimal path = currentNow.add(targetNow).add(support).add(oneTime[m]);
            BigDecimal savings = asIs.subtract(path);
            cumulative = cumulative.add(savings);
            targetTco = targetTco.add(path);
            discount = discount.divide(growth, MC);
            npv = npv.add(savings.multiply(discount, MC));
            months.add(new MonthCost(settings.startMonth().plusMonths(m), asIs, currentNow,
                targetNow.add(support), oneTime[m], cumulative, support, awsNow));
        }
        return new BusinessCase(report.currency(), settings.startMonth(), horizon, migrationCost,
            asIs.multiply(BigDecimal.valueOf(horizon)), targetTco, breakEven(months), npv,
            months, apps, waves.origin());
    }

    private static YearMonth breakEven(List<MonthCost> months) {
        int from = 0;
        for (int m = 0; m < months.size(); m++) {
            if (months.get(m).cumulativeSavings().signum() < 0) {
                from = m + 1;
            }
        }
        return from < months.size() ? months.get(from).month() : null;
    }

    /** Adds {@code monthly} to the months [from, to), clipped to the horizon. */
    private void run(BigDecimal[] change, BigDecimal monthly, int from, int to) {
        int a = Math.max(0, from);
        int b = Math.min(horizon, to);
        if (monthly.signum() == 0 || a >= b) {
            return;
        }
        change[a] = change[a].add(monthly);
        change[b] = change[b].subtract(monthly);
    }

    /** The wave's effort, evenly over its months; the last month takes the rounding rest. */
    private void spread(BigDecimal effort, int from) {
        int length = Math.max(1, settings.waveLengthMonths());
        BigDecimal part = effort.divide(BigDecimal.valueOf(length), Precision.SCALE,
            Precision.ROUNDING);
        BigDecimal rest = effort.subtract(part.multiply(BigDecimal.valueOf(length - 1L)));
        for (int i = 0; i < length; i++) {
            int m = from + i;
            if (m >= 0 && m < horizon) {
                oneTime[m] = oneTime[m].add(i == length - 1 ? rest : part);
            }
        }
    }

    private Map<String, Wave> waveOfApplication() {
        Map<String, Wave> byId = new HashMap<>();
        Map<String, Wave> waveOf = new HashMap<>();
        for (Wave wave : waves.waves()) {
            byId.putIfAbsent(wave.id(), wave);
            for (String app : wave.applications()) {
                waveOf.putIfAbsent(app, wave);
            }
        }
        // An application pinned to a saved wave but not listed in it still moves with it.
        for (Application app : report.project().applications()) {
            if (!waveOf.containsKey(app.id()) && app.wave() != null && byId.containsKey(app.wave())) {
                waveOf.put(app.id(), byId.get(app.wave()));
            }
        }
        return waveOf;
    }

    private YearMonth firstWaveStart() {
        return waves.waves().stream().map(Wave::start).min(YearMonth::compareTo).orElse(null);
    }

    private int index(YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(settings.startMonth(), month);
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        java.util.Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }
}
