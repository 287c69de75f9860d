package dev.envol.edit;

import dev.envol.model.Project;
import java.util.Optional;

/**
 * One user edit. {@link #apply} turns the snapshot before the edit into the snapshot after it;
 * {@link #undo} does the reverse on the snapshot {@code apply} produced. Commands are immutable
 * values: they carry what they need to undo (the old value, the removed elements and their places).
 */
public interface EditCommand {
    Project apply(Project before);

    Project undo(Project after);

    /** What the Edit menu says after "Undo" / "Redo": "Move 3 components". */
    String description();

    /**
     * This command followed by {@code next} as one edit, when they belong together (consecutive
     * moves of the same selection); empty otherwise.
     */
    default Optional<EditCommand> mergeWith(EditCommand next) {
        return Optional.empty();
    }
}
