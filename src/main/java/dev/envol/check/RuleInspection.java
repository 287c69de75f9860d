package dev.envol.check;

import dev.envol.model.Severity;
import java.util.Objects;

/** What every rule declares once: its stable code, its severity and what it looks for. */
abstract class RuleInspection implements Inspection {
    private final String code;
    private final Severity severity;
    private final String description;

    RuleInspection(String code, Severity severity, String description) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String description() {
        return description;
    }
}
