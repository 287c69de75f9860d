package dev.envol.ui.panels;

import dev.envol.io.Problem;
import dev.envol.ui.DocumentViewModel;
import dev.envol.ui.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.layout.VBox;

/**
 * Validation problems of the last model read, with their locations. Check findings join them
 * once the check engine is in the build.
 */
public final class ProblemsPanel extends VBox {
    public ProblemsPanel(DocumentViewModel doc, Messages messages) {
        TableView<Problem> table = new TableView<>(doc.loadProblems());
        table.setId("problems-table");
        table.setPlaceholder(new Label(messages.get("problems.none")));
        table.getColumns().add(column(messages.get("problems.severity"), p -> p.severity().name().toLowerCase()));
        table.getColumns().add(column(messages.get("problems.location"),
            p -> p.file() + ":" + p.line() + ":" + p.column()));
        table.getColumns().add(column(messages.get("problems.path"), Problem::path));
        table.getColumns().add(column(messages.get("problems.message"), Problem::message));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label checks = new Label(messages.get("problems.checksMissing"));
        checks.getStyleClass().add("text-muted");
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(checks, table);
        getStyleClass().add("panel");
    }

    private static TableColumn<Problem, String> column(String title,
                                                       java.util.function.Function<Problem, String> f) {
        TableColumn<Problem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        return c;
    }
}
