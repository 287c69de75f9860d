package dev.envol.edit;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;

/** Moves a component into another application (or none: {@code null}). */
public record ChangeApplicationCommand(ArchitectureKind kind, String componentId,
                                       String oldApplication, String newApplication)
    implements EditCommand {
    @Override
    public Project apply(Project before) {
        return Edits.mapComponent(before, kind, componentId, c -> c.withApplication(newApplication));
    }

    @Override
    public Project undo(Project after) {
        return Edits.mapComponent(after, kind, componentId, c -> c.withApplication(oldApplication));
    }

    @Override
    public String description() {
        return "Move " + componentId + " to application "
            + (newApplication == null ? "(none)" : newApplication);
    }
}
