package dev.envol.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One planned wave.
 *
 * @param id           {@code wave-N}, N counted from 1 from the first wave of the plan
 * @param name         {@code Wave N}
 * @param start        the month the wave cuts over
 * @param applications the migration units that move (or retire) in it, in planning order
 * @param servers      current {@code onprem.server} units moving in it (weighted by {@code count})
 */
public record PlannedWave(String id, String name, YearMonth start, List<String> applications,
                          int servers) {
    public PlannedWave {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        applications = List.copyOf(applications);
    }
}
