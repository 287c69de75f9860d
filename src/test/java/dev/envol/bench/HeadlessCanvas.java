package dev.envol.bench;

import dev.envol.model.ArchitectureKind;
import dev.envol.ui.DocumentViewModel;
import dev.envol.ui.canvas.CopyBuffer;
import dev.envol.ui.canvas.DiagramCanvas;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The canvas benchmarks' fixture: JavaFX started headless (Monocle, software rendering), and
 * the target canvas of a document shown in a 1200x760 window with the app's styles.
 */
final class HeadlessCanvas {
    private HeadlessCanvas() {
    }

    /** Starts the JavaFX platform headless, once per JVM. */
    static void startFx() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1000-32");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
    }

    /** The target canvas of {@code doc}, shown in a new stage; call on the FX thread. */
    static DiagramCanvas show(DocumentViewModel doc, Stage stage) {
        DiagramCanvas canvas = new DiagramCanvas(doc, ArchitectureKind.TARGET, new CopyBuffer());
        Scene scene = new Scene(new StackPane(canvas), 1200, 760);
        scene.getStylesheets().add(
            DiagramCanvas.class.getResource("/dev/envol/ui/envol.css").toExternalForm());
        Platform.setImplicitExit(false);
        Application.setUserAgentStylesheet(
            new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
        return canvas;
    }

    /** Runs {@code r} on the FX thread and waits for it. */
    static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }
}
