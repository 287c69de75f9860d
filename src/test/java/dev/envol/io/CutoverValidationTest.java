package dev.envol.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Application;
import dev.envol.model.Cutover;
import dev.envol.model.CutoverMethod;
import dev.envol.model.Project;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code settings.frontFirst} and an application's {@code cutover}: read with their defaults,
 * written back, and every wrong value reported at its place (file, JSON path, line:column) in
 * one line that says what is wrong.
 */
class CutoverValidationTest {
    private static final String FILE = "cutover.envol.json";

    /** A model whose application "web" carries {@code cutover} (line 5, from column 52). */
    private static String model(String cutover) {
        return "{\n"
            + "  \"format\": \"envol/1\",\n"
            + "  \"name\": \"cut-over\",\n"
            + "  \"applications\": [\n"
            + "    {\"id\": \"web\", \"strategy\": \"rehost\", \"cutover\": " + cutover + "}\n"
            + "  ]\n"
            + "}\n";
    }

    private static LoadResult read(String text) {
        return ModelFiles.read(text.getBytes(StandardCharsets.UTF_8), FILE);
    }

    static Stream<Arguments> wrongCutovers() {
        return Stream.of(
            Arguments.of("{\"method\": \"dns\"}", "model.unknown-choice",
                "$.applications[0].cutover.method", 5, 63,
                "unknown cut-over method \"dns\" (expected one of: weighted-dns, big-bang)"),
            Arguments.of("{\"steps\": [5, 25, 25, 100]}", "model.bad-cutover",
                "$.applications[0].cutover.steps[2]", 5, 70,
                "cut-over steps must increase strictly: 25 follows 25"),
            Arguments.of("{\"steps\": [10, 50, 90]}", "model.bad-cutover",
                "$.applications[0].cutover.steps[2]", 5, 71,
                "the last cut-over step must be 100 (all traffic on AWS), not 90"),
            Arguments.of("{\"steps\": []}", "model.bad-cutover",
                "$.applications[0].cutover.steps", 5, 62,
                "\"steps\" must hold 1 to 20 percents of traffic on AWS, not 0"),
            Arguments.of("{\"steps\": [" + "1, ".repeat(20) + "100]}", "model.bad-cutover",
                "$.applications[0].cutover.steps", 5, 62,
                "\"steps\" must hold 1 to 20 percents of traffic on AWS, not 21"),
            Arguments.of("{\"steps\": [0, 100]}", "model.bad-cutover",
                "$.applications[0].cutover.steps[0]", 5, 63,
                "a cut-over step is 1 to 100 % of traffic on AWS, not 0"),
            Arguments.of("{\"steps\": [5, 150]}", "model.bad-cutover",
                "$.applications[0].cutover.steps[1]", 5, 66,
                "a cut-over step is 1 to 100 % of traffic on AWS, not 150"),
            Arguments.of("{\"steps\": [5, \"all\"]}", "model.value-type",
                "$.applications[0].cutover.steps[1]", 5, 66,
                "a cut-over step is a whole percent of traffic on AWS (1 to 100), not the string \"all\""),
            Arguments.of("{\"steps\": [5.5, 100]}", "model.value-type",
                "$.applications[0].cutover.steps[0]", 5, 63,
                "a cut-over step is a whole percent of traffic on AWS (1 to 100), not a number"),
            Arguments.of("{\"stepDays\": 0}", "model.bad-cutover",
                "$.applications[0].cutover.stepDays", 5, 65,
                "\"stepDays\" must be a whole number of days more than 0, not 0"),
            Arguments.of("{\"keepDays\": 2.5}", "model.bad-cutover",
                "$.applications[0].cutover.keepDays", 5, 65,
                "\"keepDays\" must be a whole number of days more than 0, not 2.5"),
            Arguments.of("{\"keepDays\": \"two weeks\"}", "model.value-type",
                "$.applications[0].cutover.keepDays", 5, 65,
                "\"keepDays\" must be a number of days, not the string \"two weeks\""),
            Arguments.of("{\"method\": \"big-bang\", \"steps\": [50, 100]}", "model.bad-cutover",
                "$.applications[0].cutover.steps", 5, 84,
                "a big-bang cut-over has the one step 100, not [50, 100] (use method "
                    + "\"weighted-dns\" for steps)"),
            Arguments.of("[5, 100]", "model.value-type", "$.applications[0].cutover", 5, 52,
                "\"cutover\" must be an object, not an array"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongCutovers")
    void aWrongCutoverIsOneErrorAtItsPlace(String cutover, String code, String path, int line,
                                           int column, String message) {
        LoadResult result = read(model(cutover));

        assertThat(result.project()).isNull();
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.line() + ":" + p.column()).isEqualTo(line + ":" + column);
            assertThat(p.message()).isEqualTo(message);
            assertThat(p.format()).startsWith(FILE + ":" + line + ":" + column).doesNotContain("\n");
        });
    }

    @Test
    void absentMembersTakeTheirDefaults() {
        Project p = read(model("{\"keepDays\": 30, \"reviewer\": \"CAB\"}")).project();
        Cutover c = p.application("web").orElseThrow().cutover();

        assertThat(c.method()).isEqualTo(CutoverMethod.WEIGHTED_DNS);
        assertThat(c.steps()).containsExactly(5, 25, 50, 100);
        assertThat(c.stepDays()).isEqualTo(7);
        assertThat(c.keepDays()).isEqualTo(30);
        assertThat(c.extra()).containsEntry("reviewer", "CAB");
        Cutover bigBang = read(model("{\"method\": \"big-bang\"}")).project().application("web")
            .orElseThrow().cutover();
        assertThat(bigBang.steps()).containsExactly(100);
        assertThat(bigBang.keepDays()).isEqualTo(14);
    }

    @Test
    void aCutoverAndFrontFirstAreWrittenBackAsRead() {
        String text = model("{\"method\": \"weighted-dns\", \"steps\": [10, 100], \"stepDays\": 3, "
            + "\"keepDays\": 21, \"reviewer\": \"CAB\"}")
            .replace("\"name\": \"cut-over\",", "\"name\": \"cut-over\",\n  \"settings\": {\"frontFirst\": false},");
        Project p = read(text).project();
        assertThat(p.settings().frontFirst()).isFalse();

        String saved = new String(ModelFiles.toBytes(p), StandardCharsets.UTF_8);
        assertThat(saved).contains("\"frontFirst\": false", "\"cutover\": {\n"
            + "        \"method\": \"weighted-dns\",\n"
            + "        \"steps\": [\n"
            + "          10,\n"
            + "          100\n"
            + "        ],\n"
            + "        \"stepDays\": 3,\n"
            + "        \"keepDays\": 21,\n"
            + "        \"reviewer\": \"CAB\"\n"
            + "      }");
        assertThat(read(saved).project()).isEqualTo(p);
    }

    @Test
    void withoutACutoverNoneIsWrittenAndFrontFirstDefaultsToTrue() {
        String text = "{\"format\": \"envol/1\", \"name\": \"n\", \"applications\": [{\"id\": \"web\"}]}";
        Project p = read(text).project();

        assertThat(p.settings().frontFirst()).isTrue();
        Application web = p.application("web").orElseThrow();
        assertThat(web.cutover()).isNull();
        String saved = new String(ModelFiles.toBytes(p), StandardCharsets.UTF_8);
        assertThat(saved).contains("\"frontFirst\": true").doesNotContain("cutover");
    }

    @Test
    void frontFirstMustBeTrueOrFalse() {
        String text = "{\"format\": \"envol/1\", \"name\": \"n\",\n \"settings\": {\"frontFirst\": \"yes\"}}";
        List<Problem> errors = read(text).errors();

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.settings.frontFirst");
            assertThat(p.line() + ":" + p.column()).isEqualTo("2:29");
            assertThat(p.message()).isEqualTo("\"frontFirst\" must be true or false, not the string \"yes\"");
        });
    }
}
