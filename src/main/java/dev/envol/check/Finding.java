package dev.envol.check;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One result of a check.
 *
 * @param architecture where the finding is, or {@code null} for the whole model
 * @param component    the component id it is about, or {@code null} when it is about
 *                     {@code applications} or the model
 * @param applications the applications concerned (the component's application, if any)
 * @param suppressed   accepted on purpose in the model ({@code suppress: [{code, reason}]}): still
 *                     shown, never counted for the exit code
 * @param suppressionReason the recorded reason, or {@code null} when not suppressed
 */
public record Finding(String code, Severity severity, String message,
                      ArchitectureKind architecture, String component, List<String> applications,
                      boolean suppressed, String suppressionReason) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        applications = applications == null ? List.of() : List.copyOf(applications);
    }

    /** An unsuppressed error: what makes {@code check} exit 1. */
    public boolean blocks() {
        return severity == Severity.ERROR && !suppressed;
    }

    /**
     * What makes two findings (of two runs, or two versions of a model) the same one: the code,
     * the architecture and the component (or the applications). Not the message, which may quote
     * a changing figure, nor a line.
     */
    public String identity() {
        String place = component != null ? component
            : "applications:" + String.join(",", applications);
        return code + "|" + (architecture == null ? "model" : architecture.key()) + "|" + place;
    }

    public Finding suppressedBecause(String reason) {
        return new Finding(code, severity, message, architecture, component, applications, true,
            reason);
    }
}
