package dev.envol.cli;

import dev.envol.model.InputException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Runs one command and turns every failure into picocli's exit code convention: bad input or
 * usage is exit 2 with one line {@code envol: ...} on stderr; a stack trace only with
 * {@code --debug}.
 */
public final class Cli {
    /** Exit code for wrong input or a wrong command line. */
    public static final int EXIT_INPUT = 2;

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        CatalogPreload.startFor(rest);
        CommandLine cli = EnvolCommand.commandLine(rest);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("envol: " + oneLine(ex.getMessage()));
            err.flush();
            return EXIT_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (debug) {
                ex.printStackTrace(err);
            }
            String message = ex instanceof InputException ? ex.getMessage()
                : ex.getClass().getSimpleName() + ": " + ex.getMessage();
            err.println("envol: " + oneLine(message));
            err.flush();
            return EXIT_INPUT;
        });
        int code = cli.execute(rest);
        out.flush();
        err.flush();
        return code;
    }

    private static String oneLine(String message) {
        return message == null ? "unexpected error" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
