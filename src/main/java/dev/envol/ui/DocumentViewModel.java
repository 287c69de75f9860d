package dev.envol.ui;

import dev.envol.edit.EditCommand;
import dev.envol.edit.History;
import dev.envol.io.LoadResult;
import dev.envol.io.Problem;
import dev.envol.model.InputException;
import dev.envol.model.Project;
import dev.envol.ui.files.ModelStore;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open model: its snapshot, file, history, selection and load problems. Every edit of the
 * desktop app goes through {@link #edit}; views bind to the properties.
 */
public final class DocumentViewModel {
    private final ModelStore store;
    private History history;
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(Selection.NONE);
    private final StringProperty undoText = new SimpleStringProperty("");
    private final StringProperty redoText = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final ObservableList<Problem> loadProblems = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty();

    public DocumentViewModel(ModelStore store, Project initial) {
        this.store = store;
        file.addListener((o, a, b) -> updateTitle());
        dirty.addListener((o, a, b) -> updateTitle());
        reset(initial, null);
    }

    private void reset(Project p, Path path) {
        history = new History(p);
        history.addListener(h -> sync());
        file.set(path);
        selection.set(Selection.NONE);
        sync();
    }

    private void sync() {
        project.set(history.project());
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription().orElse(""));
        redoText.set(history.redoDescription().orElse(""));
        updateTitle();
    }

    private void updateTitle() {
        String name = file.get() == null ? "Untitled" : file.get().getFileName().toString();
        title.set((dirty.get() ? "* " : "") + name + " — Envol");
    }

    /** Applies an edit; a refused edit leaves the model as it was and sets {@link #error}. */
    public boolean edit(EditCommand command) {
        try {
            history.push(command);
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            error.set(command.description() + ": " + e.getMessage());
            return false;
        }
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    public void newModel() {
        loadProblems.clear();
        reset(Project.empty("New model"), null);
    }

    /**
     * Opens a model file. A file with errors opens nothing: the current model stays and the
     * problems (with their locations) are listed.
     */
    public boolean open(Path path) {
        LoadResult result;
        try {
            result = store.read(path);
        } catch (InputException e) {
            error.set(e.getMessage());
            return false;
        }
        return accept(path, result);
    }

    /** The second half of {@link #open}, for a file read off the UI thread. */
    public boolean accept(Path path, LoadResult result) {
        loadProblems.setAll(result.problems());
        if (result.projectIfValid().isEmpty()) {
            error.set(result.errors().isEmpty() ? path + ": not a model"
                : result.errors().get(0).format()
                + (result.errors().size() > 1 ? " (and " + (result.errors().size() - 1) + " more)" : ""));
            return false;
        }
        reset(result.project(), path);
        return true;
    }

    public ModelStore store() {
        return store;
    }

    /**
     * Opens a snapshot restored from a recovery file: it belongs to {@code original} (null when
     * untitled) and counts as unsaved until saved (one undo step back to the file on disk is not
     * kept: the recovery copy is all there is).
     */
    public void openRecovered(Project recovered, Path original) {
        loadProblems.clear();
        reset(recovered, original);
        history.markUnsaved();
        sync();
    }

    /**
     * Opens a model made in memory (an import) as a new, untitled document that counts as unsaved
     * until the user saves it.
     */
    public void openUnsaved(Project made) {
        loadProblems.clear();
        reset(made, null);
        history.markUnsaved();
        sync();
    }

    public boolean save() {
        return file.get() != null && saveAs(file.get());
    }

    public boolean saveAs(Path path) {
        try {
            store.save(history.project(), path);
        } catch (InputException e) {
            error.set(e.getMessage());
            return false;
        }
        file.set(path);
        history.markSaved();
        return true;
    }

    public History history() {
        return history;
    }

    public Project current() {
        return history.project();
    }

    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public StringProperty undoTextProperty() {
        return undoText;
    }

    public StringProperty redoTextProperty() {
        return redoText;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ObservableList<Problem> loadProblems() {
        return loadProblems;
    }

    /** The last refused action, for the window to show; views reset it to null once shown. */
    public StringProperty errorProperty() {
        return error;
    }
}
