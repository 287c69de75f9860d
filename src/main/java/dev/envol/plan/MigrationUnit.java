package dev.envol.plan;

import dev.envol.model.Criticality;
import dev.envol.model.Strategy;

/**
 * What moves in a wave: an application, or a current component that belongs to none.
 *
 * @param pinnedWave the 1-based wave number the unit is pinned to, or {@code null}
 * @param servers    current {@code onprem.server} units it holds, weighted by {@code count}
 * @param front      goes first because of {@code settings.frontFirst} ({@link FrontFirst}): its
 *                   soft dependencies do not hold it back, it fronts on-premise origins meanwhile
 */
record MigrationUnit(String id, String domain, Strategy strategy, Criticality criticality,
                     Integer pinnedWave, int servers, boolean front) {

    MigrationUnit(String id, String domain, Strategy strategy, Criticality criticality,
                  Integer pinnedWave, int servers) {
        this(id, domain, strategy, criticality, pinnedWave, servers, false);
    }

    /** Retained units stay on-premise for good: they are in no wave. */
    boolean retained() {
        return strategy == Strategy.RETAIN;
    }

    /** Retired units are in a wave too: the one they are switched off in. */
    boolean retired() {
        return strategy == Strategy.RETIRE;
    }

    boolean scheduled() {
        return !retained();
    }

    /** Moves to AWS (rehost ... relocate): has a target and lives there after its wave. */
    boolean moves() {
        return strategy.moves();
    }
}
