package dev.envol.ui.panels;

import dev.envol.check.Finding;
import dev.envol.io.Problem;
import dev.envol.model.ArchitectureKind;
import dev.envol.ui.DocumentViewModel;
import dev.envol.ui.Messages;
import dev.envol.ui.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * Validation problems of the last file read (with their locations) and check findings of the
 * open model; double-click a finding to select its component on the canvas.
 */
public final class ProblemsPanel extends VBox {
    /** One line of the panel. */
    public record Row(String severity, String code, String where, String message,
                      ArchitectureKind architecture, String component) {
    }

    private final DocumentViewModel doc;
    private final TableView<Row> table = new TableView<>();
    private List<Row> findings = List.of();

    public ProblemsPanel(DocumentViewModel doc, AnalysisViewModel analysis, Messages messages,
                         Consumer<ArchitectureKind> showCanvas) {
        this.doc = doc;
        table.setId("problems-table");
        table.setPlaceholder(new Label(messages.get("problems.none")));
        table.getColumns().add(column(messages.get("problems.severity"), Row::severity));
        table.getColumns().add(column(messages.get("problems.code"), Row::code));
        table.getColumns().add(column(messages.get("problems.location"), Row::where));
        table.getColumns().add(column(messages.get("problems.message"), Row::message));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<Row>();
            row.setOnMouseClicked(e -> {
                Row r = row.getItem();
                if (e.getClickCount() == 2 && r != null && r.component() != null && r.architecture() != null) {
                    showCanvas.accept(r.architecture());
                    doc.selectionProperty().set(Selection.of(r.architecture(), Set.of(r.component())));
                }
            });
            return row;
        });
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        getChildren().add(table);
        getStyleClass().add("panel");
        doc.loadProblems().addListener((javafx.collections.ListChangeListener<Problem>) c -> refresh());
        analysis.analysisProperty().addListener((o, a, b) -> {
            findings = b.checks().findings().stream().filter(f -> !f.suppressed()).map(ProblemsPanel::row).toList();
            refresh();
        });
        refresh();
    }

    private static Row row(Finding f) {
        String where = (f.architecture() == null ? "" : f.architecture().key())
            + (f.component() == null ? "" : " / " + f.component())
            + (f.applications().isEmpty() ? "" : " " + f.applications());
        return new Row(f.severity().name().toLowerCase(), f.code(), where.strip(), f.message(),
            f.architecture(), f.component());
    }

    private void refresh() {
        List<Row> rows = new ArrayList<>();
        for (Problem p : doc.loadProblems()) {
            rows.add(new Row(p.severity().name().toLowerCase(), p.code(),
                p.file() + ":" + p.line() + ":" + p.column() + " " + p.path(), p.message(), null, null));
        }
        rows.addAll(findings);
        table.getItems().setAll(rows);
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> f) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        return c;
    }
}
