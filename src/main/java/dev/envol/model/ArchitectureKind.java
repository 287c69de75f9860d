package dev.envol.model;

import java.util.Locale;

/** The two architectures of a model: the estate as it is, and the AWS target. */
public enum ArchitectureKind {
    CURRENT, TARGET;

    /** The JSON key and CLI spelling: {@code current} or {@code target}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
