package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.envol.check.CheckReport;
import dev.envol.check.Checker;
import dev.envol.io.LoadResult;
import dev.envol.io.ModelFiles;
import dev.envol.io.ModelLines;
import dev.envol.pricing.PriceCatalogs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --format codequality}: GitLab's Code Quality report. The golden file is the
 * report of {@code check/findings.envol.json} with the embedded prices; regenerate it with
 * {@code -Dgolden.update=true} after an intended change and review the diff.
 */
class CodeQualityTest {
    private static final String MODEL = "src/test/resources/dev/envol/cli/check/findings.envol.json";
    private static final Path GOLDEN =
        Path.of("src/test/resources/dev/envol/cli/check/findings.codequality.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String report(byte[] content, String path) {
        LoadResult loaded = ModelFiles.read(content, path);
        CheckReport report = Checker.withPrices(PriceCatalogs.embedded())
            .check(loaded.project(), loaded.warnings());
        return CodeQualityJson.render(report, ModelLines.of(content), path);
    }

    @Test
    void theReportMatchesTheGoldenFile() throws Exception {
        String json = report(Files.readAllBytes(Path.of(MODEL)), MODEL);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void eachFindingPointsAtTheLineOfItsComponentWithGitLabsSeverity() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(MODEL));
        JsonNode issues = JSON.readTree(report(Files.readAllBytes(Path.of(MODEL)), MODEL));

        assertThat(issues).isNotEmpty();
        JsonNode db = find(issues, "security.encryption-at-rest");
        assertThat(db.get("severity").asText()).isEqualTo("critical");
        assertThat(db.at("/location/path").asText()).isEqualTo(MODEL);
        int line = db.at("/location/lines/begin").asInt();
        assertThat(lines.get(line - 1)).contains("\"id\": \"shop-db\"");
        assertThat(find(issues, "security.shield-missing").get("severity").asText())
            .isEqualTo("info");
        assertThat(find(issues, "model.unknown-property").get("severity").asText())
            .isEqualTo("major");
        for (JsonNode issue : issues) {
            assertThat(issue.fieldNames()).toIterable().containsExactly("description",
                "check_name", "fingerprint", "severity", "location");
            assertThat(issue.get("fingerprint").asText()).matches("[0-9a-f]{64}");
            assertThat(issue.at("/location/lines/begin").asInt()).isPositive();
        }
        assertThat(issues.findValuesAsText("fingerprint")).doesNotHaveDuplicates();
    }

    @Test
    void fingerprintsSurviveAnUnrelatedEditAndARerun() throws Exception {
        String original = Files.readString(Path.of(MODEL));
        String edited = original.replaceFirst("\"components\": \\[\n",
            "\"components\": [\n      {\n        \"id\": \"logs\",\n        \"name\": \"Logs\",\n"
                + "        \"type\": \"aws.cloudwatch\",\n        \"props\": {\"logsIngestGb\": 5}\n"
                + "      },\n")
            .replace("\"name\": \"Web shop with findings\"", "\"name\": \"Web shop, renamed\"");
        assertThat(edited).isNotEqualTo(original);

        Map<String, Integer> before = fingerprints(report(original.getBytes(), MODEL));
        Map<String, Integer> again = fingerprints(report(original.getBytes(), MODEL));
        Map<String, Integer> after = fingerprints(report(edited.getBytes(), MODEL));

        assertThat(again).isEqualTo(before);
        assertThat(after.keySet()).containsAll(before.keySet());
        assertThat(before).allSatisfy((fingerprint, line) ->
            assertThat(after.get(fingerprint)).as("moved down by the inserted component")
                .isGreaterThan(line));
    }

    @Test
    void severitiesMapToGitLabs() {
        assertThat(CodeQualityJson.severity(dev.envol.model.Severity.ERROR)).isEqualTo("critical");
        assertThat(CodeQualityJson.severity(dev.envol.model.Severity.WARNING)).isEqualTo("major");
        assertThat(CodeQualityJson.severity(dev.envol.model.Severity.INFO)).isEqualTo("info");
    }

    @Test
    void suppressedFindingsAreLeftOut(@TempDir Path dir) throws Exception {
        String model = "src/test/resources/dev/envol/cli/check/accepted.envol.json";
        JsonNode issues = JSON.readTree(report(Files.readAllBytes(Path.of(model)), model));
        assertThat(issues.findValuesAsText("check_name")).doesNotContain("security.waf-missing");
    }

    @Test
    void theCommandWritesTheReportWithThePathRelativeToTheProject() throws Exception {
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"check", Path.of(MODEL).toAbsolutePath().toString(),
            "--format", "codequality"}, new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(code).isEqualTo(1);
        JsonNode issues = JSON.readTree(out.toString());
        assertThat(issues.isArray()).isTrue();
        assertThat(issues.get(0).at("/location/path").asText()).isEqualTo(MODEL);
    }

    private static JsonNode find(JsonNode issues, String code) {
        for (JsonNode issue : issues) {
            if (issue.get("check_name").asText().equals(code)) {
                return issue;
            }
        }
        throw new AssertionError("no " + code + " in " + issues);
    }

    private static Map<String, Integer> fingerprints(String report) throws Exception {
        Map<String, Integer> result = new HashMap<>();
        for (JsonNode issue : JSON.readTree(report)) {
            result.put(issue.get("fingerprint").asText(), issue.at("/location/lines/begin").asInt());
        }
        return result;
    }
}
