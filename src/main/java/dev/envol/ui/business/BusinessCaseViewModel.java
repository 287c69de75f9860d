package dev.envol.ui.business;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostCategory;
import dev.envol.cost.CostReport;
import dev.envol.cost.MonthCost;
import dev.envol.cost.SensitivityRow;
import dev.envol.ui.Messages;
import dev.envol.ui.panels.AnalysisViewModel;
import dev.envol.ui.panels.MoneyText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the Business case view shows, computed from the latest analysis: headline figures with
 * their definitions, the monthly run rate of both paths, the cumulative savings and break-even,
 * the waterfall from the current to the target run rate by category, and the tornado bars
 * (NPV change from the modelled NPV at each assumption's low and high value). Amounts stay
 * BigDecimal here; the view converts to doubles for the charts only.
 */
public final class BusinessCaseViewModel {
    /** A headline figure: label, formatted value, and its definition (the tooltip). */
    public record Figure(String id, String label, String value, String definition) {
    }

    /** One waterfall bar: {@code base} is where it starts, {@code delta} its signed height. */
    public record Step(String name, BigDecimal base, BigDecimal delta, boolean total) {
    }

    /** One tornado bar: NPV change from the modelled NPV at the low and the high value. */
    public record Bar(String label, String assumption, BigDecimal lowChange,
                      BigDecimal highChange) {
    }

    /** Everything the view draws. */
    public record Content(String currency, List<Figure> figures, List<MonthCost> months,
                          String breakEven, List<Step> waterfall, List<Bar> tornado,
                          BigDecimal npv) {
    }

    private final Messages messages;
    private final ObjectProperty<Content> content = new SimpleObjectProperty<>();

    public BusinessCaseViewModel(AnalysisViewModel analysis, Messages messages) {
        this.messages = messages;
        analysis.analysisProperty().addListener((o, a, b) -> {
            if (b != null) {
                content.set(of(b.costs(), b.businessCase(), b.sensitivity()));
            }
        });
        if (analysis.analysisProperty().get() != null) {
            var a = analysis.analysisProperty().get();
            content.set(of(a.costs(), a.businessCase(), a.sensitivity()));
        }
    }

    public ObjectProperty<Content> contentProperty() {
        return content;
    }

    Content of(CostReport report, BusinessCase bc, List<SensitivityRow> sensitivity) {
        String c = report.currency();
        String breakEven = bc.breakEven().map(Object::toString).orElse(null);
        return new Content(c, figures(report, bc), bc.months(), breakEven, waterfall(report),
            tornado(sensitivity, bc.npv()), bc.npv());
    }

    private List<Figure> figures(CostReport report, BusinessCase bc) {
        String c = report.currency();
        var l = messages.locale();
        String percent = report.savingsPercent()
            .map(p -> " (" + p.setScale(1, java.math.RoundingMode.HALF_UP) + " %)").orElse("");
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("monthly-saving", messages.get("bc.monthlySaving"),
            MoneyText.format(report.monthlySavings(), c, l, 0) + percent,
            messages.get("bc.monthlySaving.def")));
        out.add(new Figure("migration-cost", messages.get("business.migration"),
            MoneyText.format(bc.migrationCost(), c, l, 0), messages.get("bc.migration.def")));
        out.add(new Figure("break-even", messages.get("business.breakEven"),
            bc.breakEven().map(Object::toString).orElse(messages.get("business.noBreakEven")),
            messages.get("bc.breakEven.def")));
        out.add(new Figure("npv", messages.get("business.npv"),
            MoneyText.format(bc.npv(), c, l, 0), messages.get("bc.npv.def",
                report.project().settings().discountRate().movePointRight(2)
                    .stripTrailingZeros().toPlainString())));
        out.add(new Figure("savings", messages.get("bc.savings", bc.horizonMonths()),
            MoneyText.format(bc.totalSavings(), c, l, 0), messages.get("bc.savings.def")));
        out.add(new Figure("tco", messages.get("bc.tco", bc.horizonMonths()),
            MoneyText.format(bc.currentTco(), c, l, 0) + " → "
                + MoneyText.format(bc.targetTco(), c, l, 0), messages.get("bc.tco.def")));
        out.add(new Figure("support", report.target().support().label(),
            MoneyText.format(report.target().support().monthly(), c, l, 0),
            messages.get("bc.support.def")));
        return out;
    }

    /** Current total, one step per category that differs (target minus current), target. */
    static List<Step> waterfall(CostReport report) {
        List<Step> steps = new ArrayList<>();
        BigDecimal running = report.current().monthly();
        steps.add(new Step("current", BigDecimal.ZERO, running, true));
        for (CostCategory category : CostCategory.values()) {
            BigDecimal delta = orZero(report.target().byCategory().get(category))
                .subtract(orZero(report.current().byCategory().get(category)));
            if (delta.signum() == 0) {
                continue;
            }
            BigDecimal next = running.add(delta);
            steps.add(new Step(category.key(), running.min(next), delta, false));
            running = next;
        }
        steps.add(new Step("target", BigDecimal.ZERO, running, true));
        return steps;
    }

    static List<Bar> tornado(List<SensitivityRow> rows, BigDecimal npv) {
        return rows.stream().map(r -> new Bar(r.label(), r.assumption(),
            r.npvLow().subtract(npv), r.npvHigh().subtract(npv))).toList();
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
