package dev.envol.edit;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;

/** Renames a component (its display name; the id stays, links keep pointing at it). */
public record RenameComponentCommand(ArchitectureKind kind, String componentId, String oldName,
                                     String newName) implements EditCommand {
    @Override
    public Project apply(Project before) {
        return Edits.mapComponent(before, kind, componentId, c -> c.withName(newName));
    }

    @Override
    public Project undo(Project after) {
        return Edits.mapComponent(after, kind, componentId, c -> c.withName(oldName));
    }

    @Override
    public String description() {
        return "Rename " + oldName + " to " + newName;
    }
}
