package dev.envol.edit;

import dev.envol.model.Application;
import dev.envol.model.Cutover;
import dev.envol.model.Project;

/** Sets an application's cut-over ({@code null}: back to the default). */
public record ChangeCutoverCommand(String applicationId, Cutover oldCutover, Cutover newCutover)
    implements EditCommand {

    public static ChangeCutoverCommand of(Project p, String applicationId, Cutover cutover) {
        Application app = ApplicationEdits.require(p, applicationId);
        return new ChangeCutoverCommand(applicationId, app.cutover(), cutover);
    }

    @Override
    public Project apply(Project before) {
        return set(before, newCutover);
    }

    @Override
    public Project undo(Project after) {
        return set(after, oldCutover);
    }

    private Project set(Project p, Cutover cutover) {
        return ApplicationEdits.change(p, applicationId, a -> a.withCutover(cutover));
    }

    @Override
    public String description() {
        return newCutover == null ? "Default cut-over of " + applicationId
            : "Change cut-over of " + applicationId;
    }
}
