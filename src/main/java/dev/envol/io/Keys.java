package dev.envol.io;

import dev.envol.model.Coupling;
import dev.envol.model.Criticality;
import dev.envol.model.Strategy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The file spellings of the model's enums, looked up in maps: the enums' own {@code fromKey}
 * lower-cases every constant on each call, which shows in the load benchmark (one per link).
 */
final class Keys {
    private static final Map<String, Strategy> STRATEGIES = new HashMap<>();
    private static final Map<String, Criticality> CRITICALITIES = new HashMap<>();
    private static final Map<String, Coupling> COUPLINGS = new HashMap<>();

    static {
        for (Strategy s : Strategy.values()) {
            STRATEGIES.put(s.key(), s);
        }
        for (Criticality c : Criticality.values()) {
            CRITICALITIES.put(c.key(), c);
        }
        for (Coupling c : Coupling.values()) {
            COUPLINGS.put(c.key(), c);
        }
    }

    private Keys() {
    }

    static Optional<Strategy> strategy(String key) {
        return Optional.ofNullable(STRATEGIES.get(key));
    }

    static Optional<Criticality> criticality(String key) {
        return Optional.ofNullable(CRITICALITIES.get(key));
    }

    /** One per link: two comparisons are cheaper than hashing the fresh string. */
    static Optional<Coupling> coupling(String key) {
        if (key.equals("soft")) {
            return Optional.of(Coupling.SOFT);
        }
        if (key.equals("hard")) {
            return Optional.of(Coupling.HARD);
        }
        return Optional.ofNullable(COUPLINGS.get(key));
    }
}
