package dev.envol.ui.files;

import dev.envol.io.RecoveryFiles;
import dev.envol.model.InputException;
import dev.envol.model.Project;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Writes a recovery copy of the open model every minute while it has unsaved changes (off the UI
 * thread: the snapshot is immutable), and deletes it after a clean save or close, so a copy left
 * at start-up means the app did not close cleanly.
 */
public final class Autosave {
    /** What the autosave needs from the open document. */
    public interface Source {
        boolean dirty();

        Project project();

        Path file();
    }

    private final RecoveryFiles recovery;
    private final Source source;
    private final Consumer<String> failed;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "envol-autosave");
        t.setDaemon(true);
        return t;
    });
    private final Timeline timer;

    public Autosave(RecoveryFiles recovery, Source source, Consumer<String> failed) {
        this.recovery = recovery;
        this.source = source;
        this.failed = failed;
        this.timer = new Timeline(new KeyFrame(Duration.minutes(1), e -> saveNow()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        timer.play();
    }

    /** Writes the recovery copy now if there is anything unsaved. */
    public void saveNow() {
        if (!source.dirty()) {
            return;
        }
        Project snapshot = source.project();
        Path file = source.file();
        writer.submit(() -> write(snapshot, file));
    }

    private void write(Project snapshot, Path file) {
        try {
            recovery.write(snapshot, file);
        } catch (InputException e) {
            javafx.application.Platform.runLater(() -> failed.accept(e.getMessage()));
        }
    }

    /** After a clean save or close: the recovery copy of {@code file} is no longer needed. */
    public void discard(Path file) {
        writer.submit(() -> {
            try {
                recovery.discard(file);
            } catch (InputException e) {
                javafx.application.Platform.runLater(() -> failed.accept(e.getMessage()));
            }
        });
    }

    public static Supplier<RecoveryFiles> inUserHome() {
        return RecoveryFiles::inUserHome;
    }
}
