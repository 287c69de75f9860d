package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The {@code .gitlab-ci.yml} of the README's "In CI" section parses as YAML and does what the
 * section says (YAML read with the Jackson YAML module the schema validator brings into tests).
 */
class ReadmeCiJobTest {
    private static JsonNode ciJob() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## In CI"));
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(m.find()).as("a yaml block in the In CI section").isTrue();
        return new YAMLMapper().readTree(m.group(1));
    }

    @Test
    void theJobParsesAndUploadsTheCodeQualityReportEvenWhenCheckFails() throws Exception {
        JsonNode ci = ciJob();

        JsonNode job = ci.get("envol");
        assertThat(job.at("/artifacts/reports/codequality").asString())
            .isEqualTo("reports/gl-code-quality.json");
        assertThat(job.at("/artifacts/when").asString()).isEqualTo("always");
        assertThat(job.at("/extends").asString()).isEqualTo(".envol");
        assertThat(ci.has(".envol")).isTrue();
        assertThat(ci.get("wiki").at("/needs/0").asString()).isEqualTo("envol");
    }

    @Test
    void itRunsTheCommandsThisBuildHas() throws Exception {
        JsonNode ci = ciJob();
        List<String> lines = new ArrayList<>();
        ci.get("envol").get("script").forEach(line -> lines.add(line.asString()));
        String script = String.join("\n", lines);

        assertThat(script).contains("check \"$model\" --format codequality > \"reports/$name.cq.json\"")
            .contains("--format markdown >> reports/cost-diff.md")
            .contains("export \"$model\" --out \"exports/$name\" --formats md,png,svg,drawio,mermaid,xlsx")
            .contains(DiffMarkdown.MARKER);
        String wiki = String.join("\n", ci.get("wiki").get("script").valueStream()
            .map(JsonNode::asString).toList());
        assertThat(wiki).contains(".wiki.git").contains("git push");
    }
}
