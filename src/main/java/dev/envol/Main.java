package dev.envol;

import dev.envol.cli.Cli;
import dev.envol.ui.DesktopLauncher;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Composition root: no arguments opens the desktop app, anything else runs the command line.
 * Deliberately not a JavaFX {@code Application}, so the shaded jar starts without a module path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopLauncher.launch(args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, out, err));
    }
}
