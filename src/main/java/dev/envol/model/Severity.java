package dev.envol.model;

import java.util.Locale;

/** How serious a validation problem, check finding or plan flag is. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** {@code error}, {@code warning} or {@code info}, as in JSON output. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
