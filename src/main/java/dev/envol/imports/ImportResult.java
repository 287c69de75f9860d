package dev.envol.imports;

import dev.envol.model.Project;
import java.util.Objects;

/** The imported model (not yet saved) and the report of how it was made. */
public record ImportResult(Project project, ImportReport report) {
    public ImportResult {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(report, "report");
    }
}
