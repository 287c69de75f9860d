package dev.envol.ui.transfer;

import dev.envol.ui.Messages;
import java.io.File;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The choices of File > Import; OK is enabled once a file is chosen. */
public final class ImportDialog {
    private ImportDialog() {
    }

    /** Shows the dialog; true when the user confirmed (the ViewModel then holds the choices). */
    public static boolean ask(Window owner, ImportViewModel vm, Messages m) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("import.title"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        ComboBox<String> format = new ComboBox<>();
        format.setId("import-format");
        format.getItems().setAll(ImportViewModel.FORMATS);
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : m.get("import.format." + key);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        format.valueProperty().bindBidirectional(vm.formatProperty());

        TextField path = new TextField();
        path.setId("import-file");
        path.setPrefColumnCount(32);
        path.setText(vm.fileProperty().get() == null ? "" : vm.fileProperty().get().toString());
        path.textProperty().addListener((o, a, b) ->
            vm.fileProperty().set(b.isBlank() ? null : java.nio.file.Path.of(b.strip())));
        Button browse = new Button(m.get("import.browse"));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("import.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                m.get("import.inventory"), "*.xlsx", "*.csv"));
            File f = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null) {
                path.setText(f.getAbsolutePath());
            }
        });
        HBox fileRow = new HBox(6, path, browse);
        HBox.setHgrow(path, Priority.ALWAYS);

        TextField region = new TextField();
        region.setId("import-region");
        region.textProperty().bindBidirectional(vm.regionProperty());
        TextField column = new TextField();
        column.setId("import-column");
        column.setPromptText(m.get("import.column.default"));
        column.textProperty().bindBidirectional(vm.applicationColumnProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(m.get("import.format")), format);
        grid.addRow(1, new Label(m.get("import.file")), fileRow);
        grid.addRow(2, new Label(m.get("import.region")), region);
        grid.addRow(3, new Label(m.get("import.column")), column);
        dialog.getDialogPane().setContent(grid);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("import-ok");
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
            () -> vm.missing().isPresent(), vm.fileProperty(), vm.regionProperty()));
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }
}
