package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command-line conventions of the cost commands: bad options are exit 2, one line. */
class CostCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void unknownFormatIsExit2WithOneLine() {
        assertThat(run("estimate", "model.envol.json", "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(
            "envol: --format: unknown format 'xml' (expected table, json, csv)"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownPurchaseOptionIsExit2() {
        assertThat(run("estimate", "model.envol.json", "--pricing", "cheap")).isEqualTo(2);
        assertThat(err.toString()).startsWith("envol: --pricing: unknown purchase option 'cheap'")
            .contains("reserved-3y-all-upfront");
    }

    @Test
    void badRegionIsExit2() {
        assertThat(run("estimate", "model.envol.json", "--region", "paris")).isEqualTo(2);
        assertThat(err.toString()).startsWith("envol: --region: 'paris' is not an AWS region");
    }

    @Test
    void diffNeedsTwoModels() {
        assertThat(run("diff", "old.envol.json")).isEqualTo(2);
        assertThat(err.toString()).startsWith("envol: ").contains("NEW");
    }
}
