package dev.envol.exports;

import dev.envol.generate.EstateGenerator;
import dev.envol.layout.DiagramGeometry;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import java.time.LocalDate;

/**
 * The generated 1,000-application estate as diagrams, for the export benchmarks and the
 * huge-model test; badges are made up (a cost per component, a few unpriced) so the benchmark
 * measures the drawing, not the cost engine.
 */
public final class EstateDiagrams {
    private EstateDiagrams() {
    }

    public static Project estate(int applications) {
        return new EstateGenerator(42).generate(applications);
    }

    public static Diagram diagram(Project project, ArchitectureKind kind) {
        return new Diagram(project, kind, DiagramGeometry.of(project, kind),
            id -> id.hashCode() % 17 == 0 ? Diagram.UNPRICED
                : "\u20ac" + (Math.abs(id.hashCode()) % 9000 + 100) + "/mo",
            DiagramTitle.of(project.name(), kind, LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 10, 1)));
    }

    /** Writes {@code diagram} with {@code exporter} and returns the byte count. */
    public static long write(Exporter<Diagram> exporter, Diagram diagram)
        throws java.io.IOException {
        CountingStream out = new CountingStream();
        exporter.write(diagram, out);
        return out.count;
    }

    private static final class CountingStream extends java.io.OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
