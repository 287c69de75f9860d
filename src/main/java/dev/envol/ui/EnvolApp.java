package dev.envol.ui;

import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalogs;
import dev.envol.ui.files.ModelStore;
import dev.envol.ui.files.StartupModel;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. Shows the window first (empty model), then reads the model to open off
 * the UI thread: the file given on the command line, else the sample model.
 */
public final class EnvolApp extends Application {
    @Override
    public void start(Stage stage) {
        AppSettings settings = new AppSettings(Preferences.userNodeForPackage(EnvolApp.class));
        settings.theme().apply();
        DocumentViewModel doc = new DocumentViewModel(ModelStore.files(), Project.empty("New model"));
        MainWindow window = new MainWindow(stage, doc, settings, PriceCatalogs.standard());
        window.build();
        stage.show();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            window.files().open(Path.of(args.get(0)));
        } else {
            StartupModel.find(Path.of("").toAbsolutePath()).ifPresent(c -> window.files().open(c.file()));
        }
    }
}
