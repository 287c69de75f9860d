package dev.envol.cost;

import dev.envol.model.Project;
import dev.envol.model.Wave;
import dev.envol.plan.DependencyWavePlanner;
import dev.envol.plan.WavePlan;
import java.util.List;
import java.util.function.Supplier;

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
        return of(project, () -> new DependencyWavePlanner().plan(project));
    }

    /**
     * As {@link #of(Project)}, taking the wave planner's plan of {@code project} from
     * {@code planned} (asked only when the model has applications and no saved plan), for a
     * caller that needs the plan's flags too and plans once.
     */
    public static WaveSource of(Project project, Supplier<WavePlan> planned) {
        if (!project.waves().isEmpty()) {
            return new WaveSource(project.waves(), "saved");
        }
        return unsaved(project, planned);
    }

    /**
     * No saved plan: the wave planner's plan from the dependencies (not saved). A model without
     * applications has no waves.
     */
    private static WaveSource unsaved(Project project, Supplier<WavePlan> planned) {
        if (project.applications().isEmpty()) {
            return new WaveSource(List.of(), "planned");
        }
        return new WaveSource(planned.get().toModelWaves(), "planned");
    }
}
