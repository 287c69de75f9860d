package dev.envol.ui.business;

import dev.envol.ui.Messages;
import dev.envol.ui.business.BusinessCaseViewModel.Content;
import dev.envol.ui.business.BusinessCaseViewModel.Figure;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Business case tab: headline figures (definitions on hover), then the run rate, the
 * cumulative savings, the waterfall by category and the sensitivity tornado in a 2 x 2 grid that
 * fills the tab. "Copy as image" and "Export PNG" take the figures and charts together (for a
 * slide); each chart's context menu does the same for that chart alone.
 */
public final class BusinessCaseView extends VBox {
    private final Messages messages;
    private final BusinessCaseCharts charts;
    private final TilePane figures = new TilePane();
    private final VBox page = new VBox(10);
    private final ChartImages images;

    /** @param exportPng asks where to save a PNG of the node (a file chooser in the app) */
    public BusinessCaseView(BusinessCaseViewModel vm, Messages messages,
                            Consumer<Node> exportPng) {
        this.messages = messages;
        this.charts = new BusinessCaseCharts(messages);
        this.images = new ChartImages(exportPng);
        setId("business-case-view");
        getStyleClass().add("business-case");
        figures.setId("bc-figures");
        figures.getStyleClass().add("bc-figures");
        figures.setPrefColumns(7);

        Button copy = new Button(messages.get("bc.copy"));
        copy.setId("bc-copy");
        copy.setOnAction(e -> images.copy(page));
        Button export = new Button(messages.get("bc.export"));
        export.setId("bc-export");
        export.setOnAction(e -> images.export(page));
        Label title = new Label(messages.get("bc.title"));
        title.getStyleClass().add("title-3");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spring, copy, export);
        bar.getStyleClass().add("panel-bar");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("bc-grid");
        grid.add(chartWithMenu(charts.runRate), 0, 0);
        grid.add(chartWithMenu(charts.cumulative), 1, 0);
        grid.add(new VBox(chartWithMenu(charts.waterfall), waterfallLegend()), 0, 1);
        grid.add(chartWithMenu(charts.tornado), 1, 1);
        VBox.setVgrow(grid.getChildren().get(2), Priority.ALWAYS);
        VBox.setVgrow(charts.waterfall, Priority.ALWAYS);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(50);
            grid.getColumnConstraints().add(col);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        page.getStyleClass().add("bc-page");
        page.getChildren().addAll(figures, grid);
        VBox.setVgrow(page, Priority.ALWAYS);
        getChildren().addAll(bar, page);
        vm.contentProperty().addListener((o, a, b) -> show(b));
        if (vm.contentProperty().get() != null) {
            show(vm.contentProperty().get());
        }
    }

    private void show(Content content) {
        if (content == null) {
            return;
        }
        figures.getChildren().setAll(content.figures().stream().map(this::figure).toList());
        charts.show(content);
    }

    private Node figure(Figure f) {
        Label label = new Label(f.label());
        label.getStyleClass().add("text-muted");
        Label value = new Label(f.value());
        value.getStyleClass().add("bc-figure-value");
        value.setId("bc-figure-" + f.id());
        VBox card = new VBox(2, label, value);
        card.getStyleClass().add("bc-figure");
        Tooltip tip = new Tooltip(f.definition());
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.seconds(30));
        Tooltip.install(card, tip);
        return card;
    }

    private Node chartWithMenu(XYChart<?, ?> chart) {
        MenuItem copy = new MenuItem(messages.get("bc.copyChart"));
        copy.setOnAction(e -> images.copy(chart));
        MenuItem export = new MenuItem(messages.get("bc.exportChart"));
        export.setOnAction(e -> images.export(chart));
        ContextMenu menu = new ContextMenu(copy, export);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
        return chart;
    }

    private HBox waterfallLegend() {
        HBox legend = new HBox(14, swatch("waterfall-total", messages.get("bc.legend.total")),
            swatch("waterfall-saving", messages.get("bc.legend.saving")),
            swatch("waterfall-increase", messages.get("bc.legend.increase")));
        legend.getStyleClass().add("bc-legend");
        return legend;
    }

    private static HBox swatch(String style, String text) {
        Region box = new Region();
        box.getStyleClass().addAll("bc-swatch", style);
        return new HBox(5, box, new Label(text));
    }

    /** The charts, for tests. */
    BusinessCaseCharts charts() {
        return charts;
    }
}
