package dev.envol.exports;

import dev.envol.layout.DiagramGeometry;
import dev.envol.layout.SampleArchitectures;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import java.time.LocalDate;
import java.util.function.Function;

/** The betting sample as diagrams, with made-up cost badges (the cost engine is not needed). */
final class SampleDiagrams {
    static final LocalDate DATE = LocalDate.of(2026, 11, 27);
    static final LocalDate CATALOG_DATE = LocalDate.of(2026, 10, 1);

    private SampleDiagrams() {
    }

    /** A badge per component: the unpriced ones are the external systems and KMS. */
    static Function<String, String> badges() {
        return id -> switch (id) {
            case "users", "users-t", "psp" -> null;
            case "kms" -> Diagram.UNPRICED;
            default -> "\u20ac" + (Math.abs(id.hashCode()) % 9000 + 100) + "/mo";
        };
    }

    static Diagram diagram(ArchitectureKind kind) {
        Project project = SampleArchitectures.project();
        return new Diagram(project, kind, DiagramGeometry.of(project, kind), badges(),
            DiagramTitle.of(project.name(), kind, DATE, CATALOG_DATE));
    }
}
