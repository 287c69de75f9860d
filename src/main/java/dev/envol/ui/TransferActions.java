package dev.envol.ui;

import dev.envol.imports.ImportProgress;
import dev.envol.imports.ImportResult;
import dev.envol.model.InputException;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalog;
import dev.envol.ui.transfer.ExportDialog;
import dev.envol.ui.transfer.ExportViewModel;
import dev.envol.ui.transfer.ImportDialog;
import dev.envol.ui.transfer.ImportViewModel;
import dev.envol.ui.transfer.ReportDialog;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * File > Import and File > Export: ask, run off the UI thread with the window's progress bar and
 * Cancel, then show what came out. A failure shows its one-line message and changes nothing.
 */
final class TransferActions {
    private final MainWindow window;
    private final Stage stage;
    private final Supplier<PriceCatalog> prices;
    private final ImportViewModel importChoices;

    TransferActions(MainWindow window, Stage stage, Supplier<PriceCatalog> prices) {
        this.window = window;
        this.stage = stage;
        this.prices = prices;
        this.importChoices = new ImportViewModel(prices);
    }

    void importDialog() {
        Messages m = window.messages();
        if (window.tasks().isBusy() || !window.files().confirmDiscard()
            || !ImportDialog.ask(stage, importChoices, m)) {
            return;
        }
        runImport();
    }

    /** Runs the import with the current choices (the dialog's OK, or a test). */
    void runImport() {
        Messages m = window.messages();
        Task<ImportResult> task = new Task<>() {
            @Override
            protected ImportResult call() {
                updateTitle(m.get("task.importing"));
                updateProgress(-1, 1);
                return importChoices.run(new ImportProgress() {
                    @Override
                    public void update(String step, long done) {
                        updateTitle(m.get("task.importing") + ": " + step + " (" + done + ")");
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        window.tasks().run(task, result -> {
            window.document().openUnsaved(result.project());
            window.canvases().forEach(c -> c.overview());
            window.showCanvas(dev.envol.model.ArchitectureKind.TARGET);
            ReportDialog.show(stage, m.get("import.title"), m.get("import.done",
                result.report().imported().size(), result.report().skipped().size()),
                result.report().lines());
        }, e -> alert(m.get("import.failed"), e));
    }

    ImportViewModel importChoices() {
        return importChoices;
    }

    void exportDialog() {
        Messages m = window.messages();
        if (window.tasks().isBusy()) {
            return;
        }
        ExportViewModel vm = new ExportViewModel(window.document().fileProperty().get(), prices);
        if (!ExportDialog.ask(stage, vm, m)) {
            return;
        }
        Project snapshot = window.document().current();
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() throws Exception {
                updateTitle(m.get("task.exporting"));
                updateProgress(-1, 1);
                return vm.run(snapshot, (done, total, file) -> {
                    updateTitle(m.get("task.exporting") + ": " + file);
                    updateProgress(done, total);
                }, this::isCancelled);
            }
        };
        window.tasks().run(task, written -> ReportDialog.show(stage, m.get("export.title"),
            m.get("export.done", written.size(), vm.folderProperty().get()),
            written.stream().map(Path::toString).toList()), e -> alert(m.get("export.failed"), e));
    }

    private void alert(String header, Throwable e) {
        String line = e instanceof InputException ? e.getMessage()
            : e.getMessage() == null ? e.toString() : e.getMessage();
        Alert alert = new Alert(Alert.AlertType.ERROR, line);
        alert.getDialogPane().setId("transfer-error");
        alert.initOwner(stage);
        alert.setHeaderText(header);
        alert.show();
    }
}
