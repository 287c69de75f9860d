package dev.envol.model;

import java.util.Locale;
import java.util.Optional;

/** The 7R migration strategies; {@link #key()} is the spelling used in the model file. */
public enum Strategy {
    REHOST, REPLATFORM, REFACTOR, REPURCHASE, RELOCATE, RETAIN, RETIRE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the application's components move to the target architecture. */
    public boolean moves() {
        return this != RETAIN && this != RETIRE;
    }

    public static Optional<Strategy> fromKey(String key) {
        for (Strategy s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
