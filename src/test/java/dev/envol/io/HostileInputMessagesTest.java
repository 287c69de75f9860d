package dev.envol.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Excerpt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three defects of issue 21, each with the input that showed it: a model nested 100,000
 * levels deep, a 10,000-character id and a 300-digit number. The message stays one short line
 * that still names the place.
 */
class HostileInputMessagesTest {
    private static final String SMALL = """
        {
          "format": "envol/1",
          "name": "Small",
          "applications": [{"id": "shop"}],
          "target": {"components": [
            {"id": "files", "type": "aws.s3", "application": "shop", "props": {"storageGb": STORAGE}}
          ]}
        }
        """;

    private static LoadResult read(String json) {
        return ModelFiles.read(json.getBytes(StandardCharsets.UTF_8), "m.envol.json");
    }

    private static void assertOneShortLine(String message) {
        assertThat(message).doesNotContain("\n").doesNotContain("\r");
        assertThat(message.length()).isLessThan(300);
    }

    @Test
    void aModelNested100000LevelsDeepIsRefusedWhereTheLimitIsCrossed() {
        String deep = "{\"format\": \"envol/1\", \"name\": \"x\", \"extra\":\n"
            + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        LoadResult result = read(deep);
        assertThat(result.errors()).hasSize(1);
        Problem p = result.errors().get(0);
        assertThat(p.code()).isEqualTo("model.syntax");
        assertThat(p.message()).contains("nesting depth").contains("maximum allowed (1000)")
            .doesNotContain("StreamReadConstraints");
        // the limit is crossed at the 1001st '[' of line 2 (the root object is the 1st level)
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isBetween(999, 1002);
        assertThat(p.path()).startsWith("$.extra[0][0]...").hasSizeLessThan(40);
        assertOneShortLine(p.format());
    }

    @Test
    void aTenThousandCharacterIdIsQuotedCutToSixtyCharacters() {
        String id = "A".repeat(10_000);
        LoadResult result = read(SMALL.replace("\"shop\"}]", "\"" + id + "\"}]")
            .replace("STORAGE", "1"));
        Problem badId = result.errors().stream().filter(p -> p.code().equals("model.bad-id"))
            .findFirst().orElseThrow();
        assertThat(badId.message()).contains("\"" + "A".repeat(60) + Excerpt.ELLIPSIS + "\"")
            .doesNotContain("A".repeat(61));
        assertThat(badId.path()).isEqualTo("$.applications[0].id");
        assertThat(badId.line()).isEqualTo(4);
        result.problems().forEach(p -> assertOneShortLine(p.format()));
    }

    @Test
    void aThreeHundredDigitNumberIsQuotedShortAndRefusedNamingItsBound() {
        String digits = "9".repeat(300);
        LoadResult result = read(SMALL.replace("STORAGE", digits));
        assertThat(result.errors()).hasSize(1);
        Problem p = result.errors().get(0);
        assertThat(p.code()).isEqualTo("model.implausible-quantity");
        assertThat(p.path()).isEqualTo("$.target.components[0].props.storageGb");
        assertThat(p.message()).contains("at most 10^12 GB").doesNotContain("9".repeat(61));
        assertOneShortLine(p.format());
    }

    @Test
    void storageOf1e308IsRefusedAndTheFileIsLeftAsItWas(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.envol.json");
        Files.writeString(file, SMALL.replace("STORAGE", "1e308"));
        byte[] before = Files.readAllBytes(file);
        LoadResult result = ModelFiles.read(file);
        assertThat(result.projectIfValid()).isEmpty();
        assertThat(result.errors().get(0).format()).isEqualTo(file + ":6:85:"
            + " $.target.components[0].props.storageGb: \"storageGb\" must be at most 10^12 GB"
            + " (plausible bound), not 1E+308");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aPathDeeperThanSixSegmentsKeepsItsHeadAndItsLast() {
        assertThat(JsonPath.shorten("$.target.components[3].props.a.b.c.props"))
            .isEqualTo("$.target.components[3]...props");
        assertThat(JsonPath.shorten("$.target.components[3].props.storageGb"))
            .isEqualTo("$.target.components[3].props.storageGb");
        assertThat(JsonPath.shorten("$.a.b.c.d.e.f[7]")).isEqualTo("$.a.b.c...[7]");
        assertThat(JsonPath.shorten("$['" + "k".repeat(500) + "']"))
            .isEqualTo("$['" + "k".repeat(60) + Excerpt.ELLIPSIS + "']");
    }

    @Test
    void aValueWithLineBreaksStaysOnOneLine() {
        LoadResult result = read(SMALL.replace("\"envol/1\"", "\"a\\nb\"")
            .replace("STORAGE", "1"));
        result.problems().forEach(p -> assertOneShortLine(p.format()));
        assertThat(result.errors().get(0).message()).contains("a\\nb");
    }
}
