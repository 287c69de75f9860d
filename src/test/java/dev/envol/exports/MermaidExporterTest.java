package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.layout.DiagramGeometry;
import dev.envol.layout.SampleArchitectures;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Link;
import dev.envol.model.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class MermaidExporterTest {
    /** Set -Denvol.updateGolden=true to rewrite the golden files after an intended change. */
    private static final boolean UPDATE = Boolean.getBoolean("envol.updateGolden");
    private static final Path GOLDEN_DIR = Path.of("src/test/resources/dev/envol/exports");

    private static String mermaid(Diagram diagram) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MermaidExporter().write(diagram, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(ArchitectureKind.class)
    void matchesGoldenFile(ArchitectureKind kind) throws IOException {
        String actual = mermaid(SampleDiagrams.diagram(kind));
        String name = kind.key() + ".mmd";
        if (UPDATE) {
            Files.writeString(GOLDEN_DIR.resolve(name), actual, StandardCharsets.UTF_8);
        }
        try (InputStream golden = MermaidExporterTest.class.getResourceAsStream(name)) {
            assertThat(golden).as(name).isNotNull();
            assertThat(actual).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void idsAreSafeAndLabelsEscapedWhateverTheModelSays() throws IOException {
        Architecture a = Architecture.of(List.of(
                Component.of("end", "end", "aws.lambda", "end", null),
                Component.of("1-a", "Quote \" hash # pipe | (paren) [b] {c} `tick` <i>x</i> &", 
                    "aws.s3", "app with spaces", null),
                Component.of("a-1", "Flow\nchart", "aws.sqs", null, null)),
            List.of(Link.of("end", "1-a", Coupling.HARD).withLabel("say \"hi\" #1"),
                Link.of("1-a", "a-1", Coupling.SOFT)));
        Project project = Project.empty("p").withArchitecture(ArchitectureKind.TARGET, a);
        String text = mermaid(new Diagram(project, ArchitectureKind.TARGET,
            DiagramGeometry.of(a, List.of()), id -> null, ""));
        // kept for the one-off check with the real Mermaid parser (see the package's notes)
        Files.createDirectories(Path.of("target", "preview"));
        Files.writeString(Path.of("target", "preview", "hostile.mmd"), text);

        Matcher ids = Pattern.compile("(?m)^\\s*(?:subgraph )?([^\\s\\[]+)\\s?\\[").matcher(text);
        int count = 0;
        while (ids.find()) {
            assertThat(ids.group(1)).matches("[A-Za-z][A-Za-z0-9_]*").isNotEqualToIgnoringCase("end");
            count++;
        }
        assertThat(count).isEqualTo(5);
        assertThat(text).contains(
            "c_1_a[\"Quote #quot; hash #35; pipe | (paren) [b] {c} #96;tick#96; "
                + "#lt;i#gt;x#lt;/i#gt; #amp;\"]",
            "c_a_1[\"Flow chart\"]",
            "c_end ==>|\"say #quot;hi#quot; #35;1\"| c_1_a",
            "c_1_a -.-> c_a_1");
        // every quoted label is closed on its own line
        for (String line : text.split("\n")) {
            assertThat(line.chars().filter(ch -> ch == '"').count() % 2).as(line).isZero();
        }
    }
}
