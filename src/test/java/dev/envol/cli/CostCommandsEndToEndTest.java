package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.envol.io.ModelFiles;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Project;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code estimate} and {@code diff} run on real model files, as a script would run them. */
class CostCommandsEndToEndTest {
    private static final Path SAMPLE = Path.of("models/betting-platform.envol.json");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void estimateJsonOfTheSampleModel() throws Exception {
        assertThat(run("estimate", SAMPLE.toString(), "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("currency").asText()).isEqualTo("EUR");
        assertThat(json.get("businessCase").get("months")).hasSize(36);
        assertThat(json.get("target").get("monthly").decimalValue())
            .isLessThan(json.get("current").get("monthly").decimalValue());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void regionWhatIfChangesTheTargetAndLeavesTheFileAlone() throws Exception {
        byte[] before = Files.readAllBytes(SAMPLE);
        run("estimate", SAMPLE.toString(), "--format", "json", "--region", "eu-west-1");
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("region").asText()).isEqualTo("eu-west-1");
        assertThat(json.get("target").get("components").findValuesAsText("region"))
            .contains("eu-west-1").doesNotContain("eu-west-3");
        assertThat(Files.readAllBytes(SAMPLE)).isEqualTo(before);
    }

    @Test
    void csvAndTableOfTheSampleModel() {
        assertThat(run("estimate", SAMPLE.toString(), "--format", "csv")).isZero();
        assertThat(out.toString()).startsWith(EstimateCsv.HEADER);
        out.getBuffer().setLength(0);
        assertThat(run("estimate", SAMPLE.toString())).isZero();
        assertThat(out.toString()).contains("Betting platform migration", "Total", "Break-even");
    }

    @Test
    void missingModelIsExit2NamingTheFile() {
        assertThat(run("estimate", dir.resolve("nope.envol.json").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("envol: ").contains("nope.envol.json");
    }

    @Test
    void diffNamesTheChangedComponentAndWhy() throws Exception {
        Project sample = ModelFiles.load(SAMPLE);
        Component first = sample.target().components().stream()
            .filter(c -> c.type().equals("aws.asg")).findFirst().orElseThrow();
        Project changed = sample.withArchitecture(ArchitectureKind.TARGET,
            sample.target().replace(first.withProp("count", 2)));
        Path old = dir.resolve("old.envol.json");
        Path now = dir.resolve("new.envol.json");
        ModelFiles.save(sample, old);
        ModelFiles.save(changed, now);

        assertThat(run("diff", old.toString(), now.toString(), "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("components")).hasSize(1);
        JsonNode c = json.get("components").get(0);
        assertThat(c.get("id").asText()).isEqualTo(first.id());
        assertThat(c.get("reasons").get(0).asText()).isEqualTo("count 1 -> 2");
        // doubling the count doubles the component: the change equals its old cost
        assertThat(c.get("delta").decimalValue()).isEqualByComparingTo(c.get("old").decimalValue());
        // the target total also pays Business support on it: 7 % in the model's band
        assertThat(json.get("target").get("delta").decimalValue()).isCloseTo(
            c.get("delta").decimalValue().multiply(new java.math.BigDecimal("1.07")),
            org.assertj.core.api.Assertions.within(new java.math.BigDecimal("0.01")));

        out.getBuffer().setLength(0);
        assertThat(run("diff", old.toString(), now.toString())).isZero();
        assertThat(out.toString()).contains("target/" + first.id(), "changed", "count 1 -> 2");
    }
}
