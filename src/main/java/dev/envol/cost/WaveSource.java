package dev.envol.cost;

import dev.envol.model.Application;
import dev.envol.model.Project;
import dev.envol.model.Wave;
import java.util.List;

/**
 * Where the business case takes its waves from: the model's saved plan when it has one,
 * otherwise a plan made for the occasion (not saved).
 *
 * @param origin for a person: "saved", "planned" or "single wave"
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
     * The seam to the wave planner: until it is in this build, every application moves in one
     * wave at the start month.
     */
    private static WaveSource unsaved(Project project) {
        if (project.applications().isEmpty()) {
            return new WaveSource(List.of(), "single wave");
        }
        List<String> all = project.applications().stream().map(Application::id).toList();
        return new WaveSource(List.of(Wave.of("wave-1", "Wave 1",
            project.settings().startMonth(), all)), "single wave");
    }
}
