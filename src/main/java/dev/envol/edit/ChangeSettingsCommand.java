package dev.envol.edit;

import dev.envol.model.Project;
import dev.envol.model.Settings;

/** Replaces the model settings (region, currency, pricing option, horizon...). */
public record ChangeSettingsCommand(Settings before, Settings after, String description)
    implements EditCommand {
    @Override
    public Project apply(Project p) {
        return p.withSettings(after);
    }

    @Override
    public Project undo(Project p) {
        return p.withSettings(before);
    }
}
