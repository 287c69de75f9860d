package dev.envol.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How problems are reported: all of them, in file order, at the place a person would look. */
class ProblemReportTest {
    @TempDir
    Path dir;

    private LoadResult read(String json) throws IOException {
        Path file = dir.resolve("model.envol.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return ModelFiles.read(file);
    }

    @Test
    void everyProblemIsReportedInFileOrderNotOnlyTheFirst() throws IOException {
        LoadResult result = read("""
            {
              "format": "envol/1",
              "name": "Many problems",
              "applications": [ { "id": "Web", "strategy": "lift" } ],
              "current": {
                "components": [
                  { "id": "a", "type": "onprem.toaster", "props": { "count": -1 } },
                  { "id": "b", "type": "onprem.server", "props": { "cpus": "four", "colour": "red" } }
                ],
                "links": [ { "from": "a", "to": "nowhere", "coupling": "loose" } ]
              }
            }
            """);

        assertThat(result.project()).isNull();
        assertThat(result.problems()).extracting(Problem::code).containsExactly(
            "model.bad-id", "model.unknown-strategy", "model.unknown-type",
            "model.value-type", "model.unknown-property", "model.unknown-link-end",
            "model.unknown-coupling");
        assertThat(result.problems()).extracting(Problem::line)
            .containsExactly(4, 4, 7, 8, 8, 10, 10);
        assertThat(result.warnings()).singleElement()
            .satisfies(w -> assertThat(w.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void columnsCountCharactersNotBytes() throws IOException {
        LoadResult result = read("{\"format\": \"envol/1\", \"name\": \"Équipe é\","
            + " \"settings\": {\"pricing\": \"spot\"}}\n");

        Problem problem = result.errors().get(0);
        assertThat(problem.code()).isEqualTo("model.unknown-pricing");
        assertThat(problem.column()).isEqualTo(67);
    }

    @Test
    void aLinkToTheOtherArchitectureIsAWarningAndTheModelStillLoads() throws IOException {
        LoadResult result = read("""
            {
              "format": "envol/1",
              "name": "Hybrid",
              "current": { "components": [ { "id": "db", "type": "onprem.database" } ] },
              "target": {
                "components": [ { "id": "fn", "type": "aws.lambda", "props": { "requestsMillions": 1 } } ],
                "links": [ { "from": "fn", "to": "db" } ]
              }
            }
            """);

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("model.dangling-link");
            assertThat(w.path()).isEqualTo("$.target.links[0].to");
        });
        assertThat(result.project().target().links()).hasSize(1);
    }
}
