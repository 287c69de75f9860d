package dev.envol.ui;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * Runs long work off the UI thread, one task at a time, with a progress bar and a Cancel button
 * that show only while it runs.
 */
public final class TaskRunner extends HBox {
    private final ProgressBar bar = new ProgressBar();
    private final Label label = new Label();
    private final Button cancel;
    private Task<?> running;

    public TaskRunner(Messages messages) {
        cancel = new Button(messages.get("task.cancel"));
        cancel.setId("task-cancel");
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        bar.setPrefWidth(160);
        getStyleClass().add("task-runner");
        setSpacing(8);
        getChildren().addAll(label, bar, cancel);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    public boolean isBusy() {
        return running != null;
    }

    /** Starts {@code task} on a daemon thread; {@code done} gets its value on the UI thread. */
    public <T> void run(Task<T> task, Consumer<T> done, Consumer<Throwable> failed) {
        running = task;
        bar.progressProperty().bind(task.progressProperty());
        label.textProperty().bind(Bindings.createStringBinding(task::getTitle, task.titleProperty()));
        setVisible(true);
        task.setOnSucceeded(e -> finish(() -> done.accept(task.getValue())));
        task.setOnFailed(e -> finish(() -> failed.accept(task.getException())));
        task.setOnCancelled(e -> finish(() -> { }));
        Thread t = new Thread(task, "envol-task");
        t.setDaemon(true);
        t.start();
    }

    private void finish(Runnable then) {
        running = null;
        bar.progressProperty().unbind();
        setVisible(false);
        then.run();
    }
}
