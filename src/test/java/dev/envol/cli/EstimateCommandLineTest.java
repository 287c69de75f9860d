package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code estimate}'s command line, built in code rather than from annotations: the help, the
 * standard options and the usage errors a user sees are those of the annotated commands.
 */
class EstimateCommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void helpListsTheModelAndEveryOption() {
        assertThat(run("estimate", "--help")).isZero();
        assertThat(out.toString())
            .startsWith("Usage: envol estimate [-hV] [--format=FORMAT] [--pricing=P] "
                + "[--region=R] MODEL")
            .contains("Monthly run rate of the current and target architectures")
            .contains("      MODEL", "The model file (*.envol.json).")
            .contains("--format=FORMAT", "table (default), json or csv")
            .contains("-h, --help", "Show this help message and exit.")
            .contains("-V, --version", "Print version information and exit.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theModelIsRequiredAndExtraArgumentsRefused() {
        assertThat(run("estimate", "--format", "json")).isEqualTo(Cli.EXIT_INPUT);
        assertThat(err.toString()).isEqualTo(
            "envol: Missing required parameter: 'MODEL'" + System.lineSeparator());
        assertThat(run("estimate", "a.envol.json", "b.envol.json")).isEqualTo(Cli.EXIT_INPUT);
        assertThat(err.toString()).contains("Unmatched argument at index 2: 'b.envol.json'");
    }

    @Test
    void aBackgroundComputationGivesItsValueOrThrowsItsException() {
        assertThat(InBackground.start("test", () -> 42).get()).isEqualTo(42);
        InBackground<Integer> failing = InBackground.start("test", () -> {
            throw new IllegalArgumentException("bad model");
        });
        assertThatThrownBy(failing::get).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("bad model");
    }
}
