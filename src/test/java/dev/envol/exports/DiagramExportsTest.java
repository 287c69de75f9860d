package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.layout.SampleArchitectures;
import dev.envol.model.ArchitectureKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagramExportsTest {
    private final DiagramExports exports = new DiagramExports(SampleArchitectures.project(),
        SampleDiagrams.badges(), SampleDiagrams.DATE, SampleDiagrams.CATALOG_DATE);

    @Test
    void allFormatsGiveTheFilesProductMdNames() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (DiagramFile file : exports.files(Set.of("png", "svg", "drawio", "mermaid", "xlsx"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            file.writeTo(out);
            files.put(file.fileName(), out.toByteArray());
        }
        assertThat(files).containsOnlyKeys("current.png", "target.png", "current.svg",
            "target.svg", "architecture.drawio", "current.mmd", "target.mmd");
        assertThat(files.get("current.png")).startsWith(0x89, 'P', 'N', 'G');
        assertThat(new String(files.get("target.svg"), StandardCharsets.UTF_8))
            .startsWith("<?xml").contains("<svg");
        assertThat(new String(files.get("architecture.drawio"), StandardCharsets.UTF_8))
            .contains("<mxfile", "name=\"Current\"", "name=\"Target\"");
        assertThat(new String(files.get("target.mmd"), StandardCharsets.UTF_8))
            .isEqualTo(exports.mermaid(ArchitectureKind.TARGET));
    }

    @Test
    void onlyTheRequestedFormats() {
        assertThat(exports.files(Set.of("mermaid"))).extracting(DiagramFile::fileName)
            .containsExactly("current.mmd", "target.mmd");
        assertThat(exports.files(Set.of("xlsx", "md"))).isEmpty();
    }

    @Test
    void sameInputsSameBytes() throws Exception {
        DiagramExports again = new DiagramExports(SampleArchitectures.project(),
            SampleDiagrams.badges(), SampleDiagrams.DATE, SampleDiagrams.CATALOG_DATE);
        for (String format : DiagramExports.FORMATS) {
            var first = exports.files(Set.of(format));
            var second = again.files(Set.of(format));
            for (int i = 0; i < first.size(); i++) {
                ByteArrayOutputStream a = new ByteArrayOutputStream();
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                first.get(i).writeTo(a);
                second.get(i).writeTo(b);
                assertThat(b.toByteArray()).as(first.get(i).fileName())
                    .isEqualTo(a.toByteArray());
            }
        }
    }

    @Test
    void titlesCarryModelArchitectureAndDates() {
        assertThat(exports.diagram(ArchitectureKind.CURRENT).title())
            .isEqualTo("Betting platform migration \u00b7 Current architecture \u00b7 2026-11-27"
                + " \u00b7 prices as of 2026-10-01");
    }
}
