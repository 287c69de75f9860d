package dev.envol.ui.panels;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.MonthCost;
import dev.envol.ui.Messages;
import java.util.List;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Monthly as-is cost vs the migration path (one-time costs included), cumulative savings, the
 * break-even month, TCO of both and NPV.
 */
public final class BusinessCasePanel extends HBox {
    private final Messages messages;
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final VBox figures = new VBox(6);

    public BusinessCasePanel(AnalysisViewModel vm, Messages messages) {
        this.messages = messages;
        getStyleClass().add("panel");
        setSpacing(12);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(120);
        figures.setId("business-figures");
        figures.setMinWidth(240);
        HBox.setHgrow(chart, Priority.ALWAYS);
        getChildren().addAll(figures, chart);
        vm.analysisProperty().addListener((o, a, b) -> show(b.businessCase()));
    }

    private void show(BusinessCase bc) {
        String c = bc.currency();
        var l = messages.locale();
        figures.getChildren().setAll(
            figure(messages.get("business.migration"), MoneyText.format(bc.migrationCost(), c, l, 0)),
            figure(messages.get("business.currentTco", bc.horizonMonths()), MoneyText.format(bc.currentTco(), c, l, 0)),
            figure(messages.get("business.targetTco", bc.horizonMonths()), MoneyText.format(bc.targetTco(), c, l, 0)),
            figure(messages.get("business.npv"), MoneyText.format(bc.npv(), c, l, 0)),
            figure(messages.get("business.breakEven"), bc.breakEven().map(Object::toString)
                .orElse(messages.get("business.noBreakEven"))));
        XYChart.Series<String, Number> asIs = series(messages.get("business.asIs"));
        XYChart.Series<String, Number> path = series(messages.get("business.path"));
        XYChart.Series<String, Number> savings = series(messages.get("business.cumulative"));
        for (MonthCost m : bc.months()) {
            String month = m.month().toString();
            asIs.getData().add(new XYChart.Data<>(month, m.asIs().doubleValue()));
            path.getData().add(new XYChart.Data<>(month, m.migrationPath().doubleValue()));
            savings.getData().add(new XYChart.Data<>(month, m.cumulativeSavings().doubleValue()));
        }
        chart.setTitle(bc.breakEven().map(b -> messages.get("business.breakEvenTitle", b)).orElse(null));
        chart.getData().setAll(List.of(asIs, path, savings));
    }

    private static XYChart.Series<String, Number> series(String name) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    private static VBox figure(String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().add("text-muted");
        Label v = new Label(value);
        v.getStyleClass().add("title-4");
        return new VBox(l, v);
    }
}
