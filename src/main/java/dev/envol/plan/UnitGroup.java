package dev.envol.plan;

import dev.envol.model.Criticality;
import java.util.List;

/**
 * A move group while planning: units that move as one, with what the scheduler weighs.
 *
 * @param index      position in the planner's group list (model order)
 * @param pinnedWave the wave its pinned units ask for, or {@code null}
 */
record UnitGroup(int index, List<String> units, Integer pinnedWave, int servers,
                 Criticality criticality, String domain) {
    UnitGroup {
        units = List.copyOf(units);
    }

    int size() {
        return units.size();
    }
}
