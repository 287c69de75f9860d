package dev.envol.model;

import java.util.Locale;
import java.util.Optional;

/** How much the business depends on an application; drives resilience checks and wave order. */
public enum Criticality {
    LOW, MEDIUM, HIGH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Criticality> fromKey(String key) {
        for (Criticality c : values()) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
