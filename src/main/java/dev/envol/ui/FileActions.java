package dev.envol.ui;

import dev.envol.io.LoadResult;
import dev.envol.model.InputException;
import dev.envol.ui.files.RecentFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** New, Open (dialog, recent, dropped file), Save, Save As, and the unsaved-changes question. */
public final class FileActions {
    private final MainWindow window;
    private final Stage stage;
    private final RecentFiles recent;

    FileActions(MainWindow window, Stage stage, AppSettings settings) {
        this.window = window;
        this.stage = stage;
        this.recent = new RecentFiles(settings.preferences());
    }

    private Messages m() {
        return window.messages();
    }

    public void newModel() {
        if (confirmDiscard()) {
            window.document().newModel();
        }
    }

    public void openDialog() {
        if (!confirmDiscard()) {
            return;
        }
        File f = chooser(m().get("menu.file.open")).showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Reads the file off the UI thread; a model with errors opens nothing and lists them. */
    public void open(Path file) {
        DocumentViewModel doc = window.document();
        Task<LoadResult> read = new Task<>() {
            @Override
            protected LoadResult call() {
                updateTitle(m().get("task.opening", file.getFileName()));
                updateProgress(-1, 1);
                return doc.store().read(file);
            }
        };
        window.tasks().run(read, result -> {
            if (doc.accept(file, result)) {
                recent.add(file);
                window.canvases().forEach(c -> c.overview());
            } else {
                window.showProblems();
            }
        }, e -> doc.errorProperty().set(e instanceof InputException ? e.getMessage()
            : file + ": " + e));
    }

    public void save() {
        Path file = window.document().fileProperty().get();
        if (file == null) {
            saveAsDialog();
        } else if (window.document().save()) {
            window.autosave().ifPresent(a -> a.discard(file));
        }
    }

    public void saveAsDialog() {
        FileChooser chooser = chooser(m().get("menu.file.saveAs"));
        chooser.setInitialFileName("model.envol.json");
        File f = chooser.showSaveDialog(stage);
        Path before = window.document().fileProperty().get();
        if (f != null && window.document().saveAs(f.toPath())) {
            recent.add(f.toPath());
            window.autosave().ifPresent(a -> a.discard(before));
        }
    }

    void fillRecent(Menu menu) {
        menu.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(e -> {
                if (confirmDiscard()) {
                    open(p);
                }
            });
            menu.getItems().add(item);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(m().get("menu.file.noRecent"));
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    void installDrop(Node root) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        root.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles() && confirmDiscard()) {
                open(e.getDragboard().getFiles().get(0).toPath());
                e.setDropCompleted(true);
            }
        });
    }

    /** True when there is nothing unsaved, or the user saved or chose to discard it. */
    public boolean confirmDiscard() {
        if (!window.document().dirtyProperty().get()) {
            return true;
        }
        ButtonType save = new ButtonType(m().get("confirm.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(m().get("confirm.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m().get("confirm.unsaved"), save,
            discard, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == save) {
            save();
            return !window.document().dirtyProperty().get();
        }
        return true;
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Envol model", "*.envol.json", "*.json"));
        Path file = window.document().fileProperty().get();
        if (file != null && file.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(file.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }
}
