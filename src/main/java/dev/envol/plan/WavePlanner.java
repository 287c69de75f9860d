package dev.envol.plan;

import dev.envol.model.InputException;
import dev.envol.model.Project;

/** Plans the migration waves of a project. */
public interface WavePlanner {
    /**
     * The waves, move groups and flags of {@code project}. Deterministic: the same model gives the
     * same plan.
     *
     * @throws InputException when a setting or a pin cannot be planned with (e.g. an unknown wave id)
     */
    WavePlan plan(Project project);
}
