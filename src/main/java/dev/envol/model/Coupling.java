package dev.envol.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How tightly a link binds two components: {@code HARD} links are latency-bound and force both
 * ends into one move group; {@code SOFT} links may cross the WAN for a while.
 */
public enum Coupling {
    HARD, SOFT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Coupling> fromKey(String key) {
        for (Coupling c : values()) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
