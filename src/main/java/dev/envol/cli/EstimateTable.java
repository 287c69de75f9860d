package dev.envol.cli;

import dev.envol.cost.ArchitectureCost;
import dev.envol.cost.BusinessCase;
import dev.envol.cost.ComponentCost;
import dev.envol.cost.CostCategory;
import dev.envol.cost.CostReport;
import dev.envol.cost.MonthCost;
import dev.envol.cost.Sensitivity;
import dev.envol.cost.SensitivityRow;
import dev.envol.model.Application;
import dev.envol.model.Settings;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** {@code estimate --format table}: run rate per application and category, business case. */
final class EstimateTable {
    private EstimateTable() {
    }

    static String render(CostReport report, BusinessCase bc) {
        return render(report, bc, () -> Sensitivity.of(report));
    }

    /** {@code sensitivity} is asked for last, when its section is written. */
    static String render(CostReport report, BusinessCase bc,
                         Supplier<List<SensitivityRow>> sensitivity) {
        Settings s = report.project().settings();
        StringBuilder out = new StringBuilder();
        out.append(report.project().name()).append('\n');
        out.append("Monthly run rate in ").append(s.currency()).append(", ").append(s.region())
            .append(", ").append(s.pricing().key()).append(", 1 USD = ")
            .append(s.usdToCurrency().toPlainString()).append(' ').append(s.currency())
            .append("; prices: ").append(report.catalogSource());
        if (!report.catalogSource().contains(report.catalogAsOf().toString())) {
            out.append(" (").append(report.catalogAsOf()).append(')');
        }
        out.append("\n\n");
        out.append(byApplication(report)).append('\n');
        out.append(byCategory(report)).append('\n');
        out.append(unpriced(report));
        out.append(TierText.section(report));
        out.append(businessCase(bc, s));
        out.append('\n').append(SensitivityTable.render(sensitivity.get(), bc, s));
        return out.toString();
    }

    private static String byApplication(CostReport report) {
        TextTable table = new TextTable().row("Application", "Domain", "Strategy", "Current",
            "Target", "Savings").rule();
        Set<String> ids = new LinkedHashSet<>(report.current().byApplication().keySet());
        ids.addAll(report.target().byApplication().keySet());
        for (Application app : report.project().applications()) {
            if (ids.remove(app.id())) {
                BigDecimal current = report.current().application(app.id());
                BigDecimal target = report.target().application(app.id());
                table.row(app.name(), app.domain() == null ? "" : app.domain(),
                    app.strategy().key(), Amounts.money(current), Amounts.money(target),
                    Amounts.money(current.subtract(target)));
            }
        }
        for (String rest : ids) {
            BigDecimal current = report.current().application(rest);
            BigDecimal target = report.target().application(rest);
            table.row(rest, "", "", Amounts.money(current), Amounts.money(target),
                Amounts.money(current.subtract(target)));
        }
        if (report.target().support().isPaid()) {
            table.row(report.target().support().label(), "", "", Amounts.money(BigDecimal.ZERO),
                Amounts.money(report.target().support().monthly()),
                Amounts.money(report.target().support().monthly().negate()));
        }
        table.rule().row("Total", "", "", Amounts.money(report.current().monthly()),
            Amounts.money(report.target().monthly()), Amounts.money(report.monthlySavings()));
        String percent = report.savingsPercent()
            .map(p -> Amounts.cents(p).toPlainString() + " %").orElse("n/a");
        table.row("Savings", "", "", "", "", percent);
        return table.render();
    }

    private static String byCategory(CostReport report) {
        TextTable table = new TextTable().row("Category", "Current", "Target").rule();
        for (CostCategory category : CostCategory.values()) {
            BigDecimal current = report.current().byCategory().get(category);
            BigDecimal target = report.target().byCategory().get(category);
            if (current != null || target != null) {
                table.row(category.key(), Amounts.money(orZero(current)),
                    Amounts.money(orZero(target)));
            }
        }
        return table.render();
    }

    private static String unpriced(CostReport report) {
        if (report.unpricedCount() == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("Unpriced: ").append(report.unpricedCount())
            .append(" component(s), not counted in the totals above:\n");
        for (ArchitectureCost arch : new ArchitectureCost[] {report.current(), report.target()}) {
            for (ComponentCost c : arch.components()) {
                for (String reason : c.unpriced()) {
                    out.append("  ").append(arch.kind().key()).append('/').append(c.id())
                        .append(": ").append(reason).append('\n');
                }
            }
        }
        return out.append('\n').toString();
    }

    private static String businessCase(BusinessCase bc, Settings s) {
        TextTable table = new TextTable()
            .row("Business case, " + bc.horizonMonths() + " months from " + bc.startMonth()
                + " (waves: " + bc.waveOrigin() + ")", "").rule()
            .row("Migration cost (one-time)", Amounts.money(bc.migrationCost()))
            .row("TCO as-is", Amounts.money(bc.currentTco()))
            .row("TCO with migration", Amounts.money(bc.targetTco()))
            .row("Savings over the horizon", Amounts.money(bc.totalSavings()))
            .row("Break-even", bc.breakEven().map(Object::toString)
                .orElse("not within " + bc.horizonMonths() + " months"))
            .row("NPV at " + s.discountRate().multiply(BigDecimal.valueOf(100))
                .stripTrailingZeros().toPlainString() + " %", Amounts.money(bc.npv()));
        return table.render() + '\n' + byYear(bc);
    }

    /** The timeline in 12-month slices: what a budget line per year looks like. */
    private static String byYear(BusinessCase bc) {
        TextTable table = new TextTable().row("Months", "As-is", "Run rate", "One-time",
            "Savings", "Cumulative").rule();
        for (int from = 0; from < bc.months().size(); from += 12) {
            int to = Math.min(from + 12, bc.months().size());
            BigDecimal asIs = BigDecimal.ZERO;
            BigDecimal run = BigDecimal.ZERO;
            BigDecimal oneTime = BigDecimal.ZERO;
            for (MonthCost m : bc.months().subList(from, to)) {
                asIs = asIs.add(m.asIs());
                run = run.add(m.current()).add(m.target());
                oneTime = oneTime.add(m.oneTime());
            }
            table.row(bc.months().get(from).month() + ".." + bc.months().get(to - 1).month(),
                Amounts.money(asIs), Amounts.money(run), Amounts.money(oneTime),
                Amounts.money(asIs.subtract(run).subtract(oneTime)),
                Amounts.money(bc.months().get(to - 1).cumulativeSavings()));
        }
        return table.render();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
