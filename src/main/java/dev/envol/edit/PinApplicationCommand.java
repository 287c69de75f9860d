package dev.envol.edit;

import dev.envol.model.Application;
import dev.envol.model.Project;

/** Pins an application to a wave ({@code null} unpins it: the planner chooses). */
public record PinApplicationCommand(String applicationId, String oldWave, String newWave)
    implements EditCommand {

    public static PinApplicationCommand of(Project p, String applicationId, String wave) {
        Application app = ApplicationEdits.require(p, applicationId);
        return new PinApplicationCommand(applicationId, app.wave(), wave);
    }

    @Override
    public Project apply(Project before) {
        return pin(before, newWave);
    }

    @Override
    public Project undo(Project after) {
        return pin(after, oldWave);
    }

    private Project pin(Project p, String wave) {
        return ApplicationEdits.change(p, applicationId, a -> a.withWave(wave));
    }

    @Override
    public String description() {
        return newWave == null ? "Unpin " + applicationId : "Pin " + applicationId + " to " + newWave;
    }
}
