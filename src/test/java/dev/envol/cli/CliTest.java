package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command line's own behaviour, through {@link Cli#run} as {@code Main} calls it. */
class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void versionPrintsTheNameAndVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("envol ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpListsUsageAndCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: envol").contains("--version")
            .contains("Cloud migration modeler");
        // Every registered command is listed in the help.
        EnvolCommand.COMMANDS.forEach(c -> assertThat(out.toString()).contains(
            "  " + EnvolCommand.name(c) + " "));
    }

    @Test
    void aCommandIsBuiltAloneAndStillRuns() {
        assertThat(EnvolCommand.commandLine("schema", "--help").getSubcommands())
            .containsOnlyKeys("schema");
        assertThat(EnvolCommand.commandLine("--help").getSubcommands())
            .hasSameSizeAs(EnvolCommand.COMMANDS);
        assertThat(run("schema", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: envol schema");
    }

    @Test
    void anUnknownCommandIsOneLineOnStderrWithExitTwo() {
        int code = run("frobnicate", "model.envol.json");

        assertThat(code).isEqualTo(Cli.EXIT_INPUT).isEqualTo(2);
        assertThat(err.toString()).startsWith("envol: ").contains("frobnicate");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownOptionIsOneLineOnStderrWithExitTwo() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).startsWith("envol: ").contains("--frobnicate");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void noCommandAsksForOne() {
        assertThat(run("--debug")).isEqualTo(2);
        assertThat(err.toString()).startsWith("envol: ").contains("--help");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }
}
