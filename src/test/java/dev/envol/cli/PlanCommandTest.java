package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.envol.io.ModelFiles;
import dev.envol.model.Project;
import dev.envol.plan.Estate;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code envol plan} through {@link Cli#run}, on model files written by the io layer. */
class PlanCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path save(Estate estate) {
        Path file = dir.resolve("estate.envol.json");
        ModelFiles.save(estate.build(), file);
        return file;
    }

    /** web depends on api, api on db: one a wave with a capacity of one. */
    private Path chain() {
        return save(new Estate().maxPerWave(1).app("web").app("api").app("db")
            .depends("web", "api").depends("api", "db"));
    }

    @Test
    void theTableShowsWavesInOrderAndTheFlags() {
        int code = run("plan", chain().toString());

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString())
            .contains("Wave plan: 3 applications in 3 waves of 3 months")
            .containsPattern("wave-1 +2026-03 +1 +1 +db")
            .containsPattern("wave-2 +2026-06 +1 +1 +api")
            .containsPattern("wave-3 +2026-09 +1 +1 +web")
            .contains("Flags: 0 errors, 0 warnings, 2 info")
            .contains("wave.hybrid-link").contains("(3 months)");
    }

    @Test
    void jsonListsWavesMoveGroupsAndFlags() throws IOException {
        int code = run("plan", chain().toString(), "--format", "json");

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("waves")).hasSize(3);
        JsonNode first = json.get("waves").get(0);
        assertThat(first.get("id").asText()).isEqualTo("wave-1");
        assertThat(first.get("name").asText()).isEqualTo("Wave 1");
        assertThat(first.get("start").asText()).isEqualTo("2026-03");
        assertThat(first.get("applications").get(0).asText()).isEqualTo("db");
        assertThat(json.get("moveGroups")).hasSize(3);
        JsonNode flag = json.get("flags").get(0);
        assertThat(flag.get("code").asText()).isEqualTo("wave.hybrid-link");
        assertThat(flag.get("severity").asText()).isEqualTo("info");
        assertThat(flag.get("architecture").asText()).isEqualTo("current");
        assertThat(flag.get("message").asText()).contains("from 2026-06 to 2026-09");
        assertThat(flag.get("applications")).hasSize(2);
    }

    @Test
    void anErrorFlagExitsWithOne() {
        Path file = save(new Estate().pinned("front", "wave-1").pinned("back", "wave-2")
            .hard("front", "back"));

        assertThat(run("plan", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("error    wave.hard-link-split");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void maxPerWaveOverridesTheModelSetting() {
        run("plan", chain().toString(), "--max-per-wave", "3");

        assertThat(out.toString()).contains("1 wave of 3 months (at most 3 applications a wave)")
            .contains("Flags: 0 errors, 0 warnings, 0 info");
    }

    @Test
    void writeSavesThePlanIntoTheModelWaves() {
        Path file = chain();
        Project before = ModelFiles.load(file);

        assertThat(run("plan", file.toString(), "--write")).isZero();

        Project after = ModelFiles.load(file);
        assertThat(after.waves()).hasSize(3);
        assertThat(after.waves().get(0).id()).isEqualTo("wave-1");
        assertThat(after.waves().get(0).start()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(after.waves()).extracting(w -> w.applications())
            .containsExactly(List.of("db"), List.of("api"), List.of("web"));
        assertThat(after.withWaves(List.of())).isEqualTo(before.withWaves(List.of()));
        assertThat(out.toString()).contains("wrote 3 waves to " + file);
    }

    @Test
    void writeKeepsTheModelSettingsWhenMaxPerWaveIsGiven() {
        Path file = chain();

        run("plan", file.toString(), "--write", "--max-per-wave", "3", "--format", "json");

        Project after = ModelFiles.load(file);
        assertThat(after.waves()).hasSize(1);
        assertThat(after.settings().maxApplicationsPerWave()).isEqualTo(1);
        assertThat(out.toString()).doesNotContain("wrote"); // the JSON stays parseable
    }

    @Test
    void anUnknownPinIsBadInputNamingTheFileAndChangesNothing() throws IOException {
        Path file = save(new Estate().pinned("web", "someday"));
        byte[] before = Files.readAllBytes(file);

        assertThat(run("plan", file.toString(), "--write")).isEqualTo(2);

        // the model file's validation already refuses a pin to a wave that does not exist
        assertThat(err.toString()).startsWith("envol: " + file).contains("someday");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void writeRenamesAPinToACustomWaveIdSoTheModelStaysValid() {
        Path file = save(new Estate().savedWave("pilot").savedWave("bulk").app("a")
            .pinned("b", "bulk"));

        assertThat(run("plan", file.toString(), "--write")).isZero();

        Project after = ModelFiles.load(file);
        assertThat(after.application("b").orElseThrow().wave()).isEqualTo("wave-2");
        assertThat(after.waves()).extracting(w -> w.id()).containsExactly("wave-1", "wave-2");
    }

    @Test
    void badOptionsAndMissingFilesAreExitTwo() throws IOException {
        Path file = chain();
        byte[] before = Files.readAllBytes(file);

        assertThat(run("plan", file.toString(), "--max-per-wave", "0", "--write")).isEqualTo(2);
        assertThat(err.toString()).contains("--max-per-wave must be at least 1");
        assertThat(run("plan", file.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(run("plan", dir.resolve("missing.envol.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.envol.json");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(out.toString()).isEmpty();
    }
}
