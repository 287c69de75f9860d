package dev.envol.model;

import java.util.Objects;

/** A check finding accepted on purpose for one component, with the reason recorded. */
public record Suppression(String code, String reason) {
    public Suppression {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
