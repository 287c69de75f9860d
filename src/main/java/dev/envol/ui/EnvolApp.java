package dev.envol.ui;

import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalogs;
import dev.envol.ui.files.ModelStore;
import dev.envol.ui.files.StartupModel;
import java.nio.file.Path;
import dev.envol.io.RecoveryFiles;
import dev.envol.model.InputException;
import dev.envol.ui.files.Autosave;
import dev.envol.ui.files.RecoveryOffer;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. Shows the window first (a splash with a busy bar, the only thing built
 * before {@code stage.show()}), then builds the real window on the next event, then reads the
 * model to open off the UI thread: the file given on the command line, else the sample model.
 */
public final class EnvolApp extends Application {
    @Override
    public void start(Stage stage) {
        AppSettings settings = new AppSettings(Preferences.userNodeForPackage(EnvolApp.class));
        settings.theme().apply();
        showSplash(stage, new Messages(settings.locale()));
        // Build the real window only once the splash has been drawn: building it (palette icons,
        // charts, four canvases) takes seconds on a loaded machine, and the user should see the
        // window meanwhile.
        stage.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                stage.getScene().removePostLayoutPulseListener(this);
                javafx.application.Platform.runLater(() -> openWindow(stage, settings));
            }
        });
    }

    /** The first thing shown: an empty window of the final size with a busy bar. */
    private static void showSplash(Stage stage, Messages messages) {
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar(-1);
        bar.setPrefWidth(240);
        javafx.scene.control.Label label = new javafx.scene.control.Label(messages.get("splash.loading"));
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(12, label, bar);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.layout.StackPane(box),
            Math.min(1560, screen.getWidth() - 20), Math.min(960, screen.getHeight() - 40));
        scene.getStylesheets().add(MainWindow.class.getResource("envol.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Envol");
        stage.show();
    }

    private void openWindow(Stage stage, AppSettings settings) {
        DocumentViewModel doc = new DocumentViewModel(ModelStore.files(), Project.empty("New model"));
        MainWindow window = new MainWindow(stage, doc, settings, PriceCatalogs::standard);
        window.build();
        RecoveryFiles recovery = RecoveryFiles.inUserHome();
        window.setAutosave(new Autosave(recovery, new Autosave.Source() {
            @Override
            public boolean dirty() {
                return doc.dirtyProperty().get();
            }

            @Override
            public Project project() {
                return doc.current();
            }

            @Override
            public Path file() {
                return doc.fileProperty().get();
            }
        }, message -> doc.errorProperty().set(message)));
        if (offerRecovery(stage, recovery, doc, new Messages(settings.locale()))) {
            return;
        }
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            window.files().open(Path.of(args.get(0)));
        } else {
            StartupModel.find(Path.of("").toAbsolutePath()).ifPresent(c -> window.files().open(c.file()));
        }
    }

    /** After a crash: offers the newest recovery copy; true when the user restored it. */
    private static boolean offerRecovery(Stage stage, RecoveryFiles recovery, DocumentViewModel doc,
                                         Messages messages) {
        Optional<RecoveryOffer.Found> found;
        try {
            found = RecoveryOffer.find(recovery);
        } catch (InputException e) {
            doc.errorProperty().set(e.getMessage());
            return false;
        }
        if (found.isEmpty()) {
            return false;
        }
        RecoveryOffer.Found f = found.get();
        String name = f.recovery().original().map(Path::toString)
            .orElse(messages.get("recovery.untitled"));
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
            messages.get("recovery.ask", name, f.recovery().savedAt()), ButtonType.YES, ButtonType.NO);
        ask.initOwner(stage);
        ask.setHeaderText(null);
        boolean restore = ask.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
        recovery.discard(f.recovery());
        if (restore) {
            doc.openRecovered(f.project(), f.recovery().original().orElse(null));
        }
        return restore;
    }
}
