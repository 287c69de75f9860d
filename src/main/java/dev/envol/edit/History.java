package dev.envol.edit;

import dev.envol.model.Project;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The undo and redo stacks of one open model, and its current snapshot. Every edit goes through
 * {@link #push}; the revision counter grows with each change (including undo and redo) so views
 * know when to refresh, and the saved state is remembered so "unsaved changes" is exact even after
 * undoing back to it.
 */
public final class History {
    private record Entry(EditCommand command, long stateBefore, long stateAfter) {
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<Consumer<History>> listeners = new ArrayList<>();
    private Project project;
    private long revision;
    private long state;
    private long nextState = 1;
    private long savedState;
    private boolean busy;

    public History(Project project) {
        this.project = Objects.requireNonNull(project, "project");
    }

    public Project project() {
        return project;
    }

    /** Grows by one on every change of {@link #project()}. */
    public long revision() {
        return revision;
    }

    /** Applies and records an edit; consecutive mergeable edits become one undo step. */
    public Project push(EditCommand command) {
        Objects.requireNonNull(command, "command");
        Project after = run(() -> command.apply(project));
        Entry top = undo.peek();
        Optional<EditCommand> merged = top == null || top.stateAfter == savedState
            ? Optional.empty() : top.command.mergeWith(command);
        if (merged.isPresent()) {
            undo.pop();
            undo.push(new Entry(merged.get(), top.stateBefore, top.stateAfter));
        } else {
            long newState = nextState++;
            undo.push(new Entry(command, state, newState));
            state = newState;
        }
        redo.clear();
        changed(after);
        return after;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(e -> e.command.description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(e -> e.command.description());
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Entry e = undo.peek();
        Project before = run(() -> e.command.undo(project));
        redo.push(undo.pop());
        state = e.stateBefore;
        changed(before);
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Entry e = redo.peek();
        Project after = run(() -> e.command.apply(project));
        undo.push(redo.pop());
        state = e.stateAfter;
        changed(after);
    }

    /** Remembers the current snapshot as the one on disk. */
    public void markSaved() {
        savedState = state;
        fire();
    }

    /** The snapshot differs from the file on disk although nothing was edited (a restored copy). */
    public void markUnsaved() {
        savedState = -1;
        fire();
    }

    public boolean isDirty() {
        return state != savedState;
    }

    /** Called with this history after every change, on the thread that made it. */
    public void addListener(Consumer<History> listener) {
        listeners.add(listener);
    }

    private Project run(java.util.function.Supplier<Project> edit) {
        if (busy) {
            throw new IllegalStateException("an edit was pushed while another edit was running");
        }
        busy = true;
        try {
            return Objects.requireNonNull(edit.get(), "an edit returned no project");
        } finally {
            busy = false;
        }
    }

    private void changed(Project newProject) {
        project = newProject;
        revision++;
        fire();
    }

    private void fire() {
        busy = true;
        try {
            for (Consumer<History> l : List.copyOf(listeners)) {
                l.accept(this);
            }
        } finally {
            busy = false;
        }
    }
}
