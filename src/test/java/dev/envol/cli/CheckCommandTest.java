package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static String fixture(String name) {
        try {
            Path path = Paths.get(CheckCommandTest.class.getResource("check/" + name).toURI());
            return path.toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anUnsuppressedErrorExitsOneWithATableNamingTheComponents() {
        int code = run("check", fixture("findings.envol.json"));

        assertThat(code).isEqualTo(1);
        assertThat(out.toString())
            .startsWith("SEVERITY")
            .contains("security.encryption-at-rest").contains("target/shop-db")
            .contains("security.waf-missing").contains("target/shop-alb")
            .contains("security.shield-missing")
            .containsPattern("\\n2 errors, \\d+ warnings?, 1 info, 0 suppressed\\n$");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void validationWarningsOfTheFileAreFindings() {
        run("check", fixture("findings.envol.json"));

        assertThat(out.toString()).contains("model.unknown-property").contains("colour");
    }

    @Test
    void jsonListsTheFindingsAndASummary() {
        int code = run("check", fixture("findings.envol.json"), "--format", "json");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString())
            .startsWith("{\n  \"findings\": [")
            .contains("{\"code\": \"security.encryption-at-rest\", \"severity\": \"error\"")
            .contains("\"architecture\": \"target\", \"component\": \"shop-db\"")
            .contains("\"summary\": {\"errors\": 2,")
            .contains("\"blocking\": true}");
    }

    @Test
    void suppressedErrorsStillShowButExitZero() {
        int code = run("check", fixture("accepted.envol.json"));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("(error)    security.waf-missing")
            .contains("suppressed: the WAF is managed by the hosting partner")
            .contains("0 errors").contains("1 suppressed");
    }

    @Test
    void anInvalidModelExitsTwoWithItsFirstErrorOnOneLine() {
        String file = fixture("broken.envol.json");

        int code = run("check", file);

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("envol: " + file + ":")
            .contains("$.target.components[2].type").contains("aws.autoscaling")
            .endsWith("\n").hasLineCount(1);
    }

    @Test
    void aWrongThresholdExitsTwoNamingTheFileAndTheSetting() {
        String file = fixture("bad-threshold.envol.json");

        assertThat(run("check", file)).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("envol: " + file
            + ": $.settings.checks.asgMinCapacity: expected a whole number from 0 to 999, got two"
            + System.lineSeparator());
    }

    @Test
    void aMissingFileOrAWrongFormatExitsTwo() {
        assertThat(run("check", "no-such-model.envol.json")).isEqualTo(2);
        assertThat(err.toString()).startsWith("envol: no-such-model.envol.json")
            .contains("no such file");

        assertThat(run("check", fixture("findings.envol.json"), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("envol: ").contains("xml");
    }
}
