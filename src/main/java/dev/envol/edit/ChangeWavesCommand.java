package dev.envol.edit;

import dev.envol.model.Project;
import dev.envol.model.Wave;
import java.util.List;

/** Replaces the saved wave plan (after "Plan waves"). */
public record ChangeWavesCommand(List<Wave> before, List<Wave> after) implements EditCommand {
    public ChangeWavesCommand {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    @Override
    public Project apply(Project p) {
        return p.withWaves(after);
    }

    @Override
    public Project undo(Project p) {
        return p.withWaves(before);
    }

    @Override
    public String description() {
        return "Plan " + after.size() + " waves";
    }
}
