package dev.envol.cost;

import dev.envol.model.Project;
import dev.envol.model.Wave;
import dev.envol.plan.DependencyWavePlanner;
import java.util.List;

/**
 * Where the business case takes its waves from: the model's saved plan when it has one,
 * otherwise a plan made for the occasion (not saved).
 *
 * @param origin for a person: "saved" or "planned"
 */
public record WaveSource(List<Wave> waves, String origin) {
    public WaveSource {
        waves = List.copyOf(waves);
    }

    public static WaveSource of(Project project) {
        if (!project.waves().isEmpty()) {
            return new WaveSource(project.waves(), "saved");
        }
        return unsaved(project);
    }

    /**
     * No saved plan: the wave planner's plan from the dependencies (not saved). A model without
     * applications has no waves.
     */
    private static WaveSource unsaved(Project project) {
        if (project.applications().isEmpty()) {
            return new WaveSource(List.of(), "planned");
        }
        return new WaveSource(new DependencyWavePlanner().plan(project).toModelWaves(),
            "planned");
    }
}
