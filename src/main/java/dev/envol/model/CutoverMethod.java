package dev.envol.model;

import java.util.Optional;

/**
 * How an application's traffic moves to AWS: {@code weighted-dns} moves it in steps through two
 * weighted DNS records (on-premise and AWS); {@code big-bang} moves it all at once.
 */
public enum CutoverMethod {
    WEIGHTED_DNS("weighted-dns"), BIG_BANG("big-bang");

    private final String key;

    CutoverMethod(String key) {
        this.key = key;
    }

    /** The spelling in the model file. */
    public String key() {
        return key;
    }

    public static Optional<CutoverMethod> fromKey(String key) {
        for (CutoverMethod m : values()) {
            if (m.key.equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
