package dev.envol.exports;

import dev.envol.model.ArchitectureKind;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagramPreview {
    @Test
    void writePreviews() throws Exception {
        Path dir = Path.of("target", "preview");
        Files.createDirectories(dir);
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(kind.key() + ".png"))) {
                new PngExporter().write(SampleDiagrams.diagram(kind), out);
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve(kind.key() + ".svg"))) {
                new SvgExporter().write(SampleDiagrams.diagram(kind), out);
            }
        }
    }
}
