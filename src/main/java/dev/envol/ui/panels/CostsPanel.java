package dev.envol.ui.panels;

import dev.envol.cost.CostCategory;
import dev.envol.cost.CostReport;
import dev.envol.ui.Messages;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Current vs target monthly cost by application and by category: tables and a bar chart. */
public final class CostsPanel extends VBox {
    /** One table row: a name and the monthly amounts of both architectures. */
    public record Row(String name, BigDecimal current, BigDecimal target) {
    }

    private final Messages messages;
    private final TableView<Row> byApplication = new TableView<>();
    private final TableView<Row> byCategory = new TableView<>();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final Label summary = new Label();
    private final Label tiers = new Label();

    public CostsPanel(AnalysisViewModel vm, Messages messages) {
        this.messages = messages;
        getStyleClass().add("panel");
        setup(byApplication, messages.get("costs.application"));
        setup(byCategory, messages.get("costs.category"));
        byApplication.setId("costs-by-application");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setMinHeight(120);
        summary.setId("costs-summary");
        HBox row = new HBox(8, byApplication, byCategory, chart);
        HBox.setHgrow(byApplication, Priority.ALWAYS);
        HBox.setHgrow(chart, Priority.ALWAYS);
        VBox.setVgrow(row, Priority.ALWAYS);
        tiers.setId("costs-tiers");
        tiers.setWrapText(true);
        getChildren().addAll(summary, tiers, row);
        vm.analysisProperty().addListener((o, a, b) -> show(b.costs()));
        vm.failureProperty().addListener((o, a, b) -> {
            if (b != null) {
                summary.setText(messages.get("costs.failed", b));
            }
        });
    }

    private void setup(TableView<Row> table, String first) {
        String currency = messages.get("costs.current");
        table.getColumns().add(column(first, r -> r.name()));
        table.getColumns().add(column(currency, r -> amount(r.current())));
        table.getColumns().add(column(messages.get("costs.target"), r -> amount(r.target())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefWidth(340);
    }

    private String currency = "USD";

    private String amount(BigDecimal v) {
        return v == null ? "" : MoneyText.format(v, currency, messages.locale(), 0);
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> f) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        return c;
    }

    private void show(CostReport report) {
        currency = report.currency();
        summary.setText(messages.get("costs.summary",
            MoneyText.format(report.current().monthly(), currency, messages.locale(), 0),
            MoneyText.format(report.target().monthly(), currency, messages.locale(), 0),
            report.savingsPercent().map(p -> p.setScale(1, java.math.RoundingMode.HALF_UP) + " %").orElse("–"),
            report.unpricedCount()));
        String tiered = TierBreakdown.of(report, messages.locale());
        tiers.setText(tiered);
        tiers.setManaged(!tiered.isEmpty());
        tiers.setVisible(!tiered.isEmpty());
        Set<String> apps = new LinkedHashSet<>(report.current().byApplication().keySet());
        apps.addAll(report.target().byApplication().keySet());
        byApplication.getItems().setAll(apps.stream().map(a -> new Row(a,
            report.current().byApplication().get(a), report.target().byApplication().get(a))).toList());
        List<Row> categories = java.util.Arrays.stream(CostCategory.values())
            .filter(c -> report.current().byCategory().containsKey(c) || report.target().byCategory().containsKey(c))
            .map(c -> new Row(c.key(), report.current().byCategory().get(c), report.target().byCategory().get(c)))
            .toList();
        byCategory.getItems().setAll(categories);
        XYChart.Series<String, Number> current = new XYChart.Series<>();
        current.setName(messages.get("costs.current"));
        XYChart.Series<String, Number> target = new XYChart.Series<>();
        target.setName(messages.get("costs.target"));
        for (Row r : categories) {
            // charts take doubles: display only, the figures stay BigDecimal in the core
            current.getData().add(new XYChart.Data<>(r.name(), r.current() == null ? 0 : r.current().doubleValue()));
            target.getData().add(new XYChart.Data<>(r.name(), r.target() == null ? 0 : r.target().doubleValue()));
        }
        chart.getData().setAll(List.of(current, target));
    }
}
