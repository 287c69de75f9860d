package dev.envol.cost;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import dev.envol.model.Settings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which assumption moves the business case most. Each assumption is tried at a low and a high
 * value, everything else as modelled, and the NPV and break-even are recomputed with the same
 * waves; the rows come sorted by NPV swing, largest first (a tornado chart's order).
 *
 * <p>No price is looked up again: a run rate is moved by scaling the priced lines of its side
 * (the AWS Support plan is then repriced on the scaled AWS charges, as AWS would bill it); the
 * exchange rate scales the lines of the AWS components, which are all converted from USD, and
 * the support's band edges with them; the migration cost moves with the day rate (every
 * application's effort is days x day rate); dual-run months and the discount rate are settings.
 */
public final class Sensitivity {
    private static final BigDecimal RUN_RATE = new BigDecimal("0.20");
    private static final BigDecimal MIGRATION = new BigDecimal("0.30");
    private static final BigDecimal EXCHANGE = new BigDecimal("0.10");
    private static final BigDecimal DISCOUNT_POINTS = new BigDecimal("0.02");

    private final CostReport report;
    private final WaveSource waves;

    private Sensitivity(CostReport report, WaveSource waves) {
        this.report = report;
        this.waves = waves;
    }

    /** The analysis with the model's saved waves (or a plan made for it), like the base case. */
    public static List<SensitivityRow> of(CostReport report) {
        return of(report, WaveSource.of(report.project()));
    }

    public static List<SensitivityRow> of(CostReport report, WaveSource waves) {
        return new Sensitivity(report, waves).rows();
    }

    private List<SensitivityRow> rows() {
        Settings s = report.project().settings();
        BusinessCase base = BusinessCase.from(report, waves);
        List<SensitivityRow> rows = new ArrayList<>();
        rows.add(runRate("target-run-rate", "Target run rate", report.target().monthly(),
            c -> c.architecture() == ArchitectureKind.TARGET));
        rows.add(runRate("current-run-rate", "Current run rate", report.current().monthly(),
            c -> c.architecture() == ArchitectureKind.CURRENT));
        rows.add(row("migration-cost", "Migration cost -30 % / +30 %", base.migrationCost(),
            base.migrationCost().multiply(BigDecimal.ONE.subtract(MIGRATION)),
            base.migrationCost().multiply(BigDecimal.ONE.add(MIGRATION)),
            withSettings(s.withBusinessCase(s.dualRunMonths(),
                s.dayRate().multiply(BigDecimal.ONE.subtract(MIGRATION)), s.discountRate())),
            withSettings(s.withBusinessCase(s.dualRunMonths(),
                s.dayRate().multiply(BigDecimal.ONE.add(MIGRATION)), s.discountRate()))));
        rows.add(exchangeRate(s));
        int dualLow = Math.max(0, s.dualRunMonths() - 1);
        int dualHigh = s.dualRunMonths() + 1;
        rows.add(row("dualRunMonths", "Dual-run months -1 / +1",
            BigDecimal.valueOf(s.dualRunMonths()), BigDecimal.valueOf(dualLow),
            BigDecimal.valueOf(dualHigh),
            withSettings(s.withBusinessCase(dualLow, s.dayRate(), s.discountRate())),
            withSettings(s.withBusinessCase(dualHigh, s.dayRate(), s.discountRate()))));
        BigDecimal rateLow = s.discountRate().subtract(DISCOUNT_POINTS).max(BigDecimal.ZERO);
        BigDecimal rateHigh = s.discountRate().add(DISCOUNT_POINTS);
        rows.add(row("discountRate", "Discount rate -2 / +2 points", s.discountRate(), rateLow,
            rateHigh, withSettings(s.withBusinessCase(s.dualRunMonths(), s.dayRate(), rateLow)),
            withSettings(s.withBusinessCase(s.dualRunMonths(), s.dayRate(), rateHigh))));
        // stable: equal swings keep the order above
        rows.sort(Comparator.comparing(SensitivityRow::swing).reversed());
        return List.copyOf(rows);
    }

    private SensitivityRow runRate(String key, String name, BigDecimal base,
                                   Predicate<ComponentCost> side) {
        CostReport low = scaled(report.project(), side, BigDecimal.ONE.subtract(RUN_RATE));
        CostReport high = scaled(report.project(), side, BigDecimal.ONE.add(RUN_RATE));
        boolean target = key.startsWith("target");
        return row(key, name + " -20 % / +20 %", base,
            (target ? low.target() : low.current()).monthly(),
            (target ? high.target() : high.current()).monthly(), low, high);
    }

    private SensitivityRow exchangeRate(Settings s) {
        BigDecimal low = s.usdToCurrency().multiply(BigDecimal.ONE.subtract(EXCHANGE));
        BigDecimal high = s.usdToCurrency().multiply(BigDecimal.ONE.add(EXCHANGE));
        Predicate<ComponentCost> aws = c -> c.component().isAws();
        return row("usdToCurrency", "USD exchange rate -10 % / +10 %", s.usdToCurrency(), low,
            high,
            scaled(report.project().withSettings(s.withUsdToCurrency(low)), aws,
                BigDecimal.ONE.subtract(EXCHANGE)),
            scaled(report.project().withSettings(s.withUsdToCurrency(high)), aws,
                BigDecimal.ONE.add(EXCHANGE)));
    }

    private SensitivityRow row(String key, String label, BigDecimal base, BigDecimal low,
                               BigDecimal high, CostReport lowReport, CostReport highReport) {
        BusinessCase atLow = BusinessCase.from(lowReport, waves);
        BusinessCase atHigh = BusinessCase.from(highReport, waves);
        return new SensitivityRow(key, label, base, low, high, atLow.npv(), atHigh.npv(),
            atLow.breakEvenMonth(), atHigh.breakEvenMonth());
    }

    private CostReport withSettings(Settings settings) {
        return new CostReport(report.project().withSettings(settings), report.catalogSource(),
            report.catalogAsOf(), report.current().components(), report.target().components());
    }

    /** The report of {@code project} with the lines of the chosen components times factor. */
    private CostReport scaled(Project project, Predicate<ComponentCost> which,
                              BigDecimal factor) {
        return new CostReport(project, report.catalogSource(), report.catalogAsOf(),
            scale(report.current().components(), which, factor),
            scale(report.target().components(), which, factor));
    }

    private static List<ComponentCost> scale(List<ComponentCost> costs,
                                             Predicate<ComponentCost> which, BigDecimal factor) {
        List<ComponentCost> out = new ArrayList<>(costs.size());
        for (ComponentCost c : costs) {
            if (!which.test(c)) {
                out.add(c);
                continue;
            }
            List<CostLine> lines = new ArrayList<>(c.lines().size());
            for (CostLine l : c.lines()) {
                lines.add(new CostLine(l.item(), l.quantity(), l.unit(),
                    l.unitPrice().multiply(factor), l.amount().multiply(factor), l.source(),
                    l.asOf(), l.category()));
            }
            out.add(ComponentCost.of(c.component(), c.architecture(), c.region(), c.purchase(),
                lines, c.unpriced()));
        }
        return out;
    }
}
