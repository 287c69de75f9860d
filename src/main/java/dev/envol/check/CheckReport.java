package dev.envol.check;

import dev.envol.model.Severity;
import java.util.List;

/** The findings of one check run, sorted: unsuppressed first, then by severity, code, place. */
public record CheckReport(List<Finding> findings) {
    public CheckReport {
        findings = List.copyOf(findings);
    }

    /** Whether an unsuppressed error exists: {@code check} exits 1, a CI pipeline stops. */
    public boolean hasBlockingErrors() {
        return findings.stream().anyMatch(Finding::blocks);
    }

    /** Unsuppressed findings of {@code severity}. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> !f.suppressed() && f.severity() == severity).count();
    }

    public long suppressedCount() {
        return findings.stream().filter(Finding::suppressed).count();
    }

    /** {@code 2 errors, 1 warning, 3 info, 1 suppressed}. */
    public String summaryLine() {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        return errors + (errors == 1 ? " error, " : " errors, ")
            + warnings + (warnings == 1 ? " warning, " : " warnings, ")
            + count(Severity.INFO) + " info, " + suppressedCount() + " suppressed";
    }
}
