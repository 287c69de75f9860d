package dev.envol.ui.transfer;

import dev.envol.ui.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The choices of File > Export: output folder and formats. */
public final class ExportDialog {
    private ExportDialog() {
    }

    public static boolean ask(Window owner, ExportViewModel vm, Messages m) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("export.title"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        TextField folder = new TextField(vm.folderProperty().get().toString());
        folder.setId("export-folder");
        folder.setPrefColumnCount(36);
        folder.textProperty().addListener((o, a, b) ->
            vm.folderProperty().set(b.isBlank() ? null : Path.of(b.strip())));
        Button browse = new Button(m.get("import.browse"));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(m.get("export.folder"));
            File f = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null) {
                folder.setText(f.getAbsolutePath());
            }
        });
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);

        FlowPane boxes = new FlowPane(12, 6);
        for (Map.Entry<String, BooleanProperty> f : vm.formats().entrySet()) {
            CheckBox box = new CheckBox(m.get("export.format." + f.getKey()));
            box.setId("export-" + f.getKey());
            box.selectedProperty().bindBidirectional(f.getValue());
            boxes.getChildren().add(box);
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(m.get("export.folder")), folderRow);
        grid.addRow(1, new Label(m.get("export.formats")), boxes);
        dialog.getDialogPane().setContent(grid);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("export-ok");
        javafx.beans.Observable[] deps = new javafx.beans.Observable[vm.formats().size() + 1];
        deps[0] = vm.folderProperty();
        int i = 1;
        for (BooleanProperty p : vm.formats().values()) {
            deps[i++] = p;
        }
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canRun(), deps));
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }
}
