package dev.envol.cli;

import dev.envol.pricing.RefreshProgress;
import java.io.PrintWriter;

/** A one-line progress bar redrawn with {@code \r}: only on a terminal, quiet otherwise. */
final class ProgressBar implements RefreshProgress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private int lastLength;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar on {@code err} when the program runs in a terminal, else nothing. */
    static RefreshProgress forTerminal(PrintWriter err) {
        return System.console() != null ? new ProgressBar(err) : RefreshProgress.QUIET;
    }

    @Override
    public void update(int done, int total, String label, int products) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/"
            + total + " " + label + " (" + products + " products)";
        String pad = " ".repeat(Math.max(0, lastLength - line.length()));
        err.print("\r" + line + pad);
        err.flush();
        lastLength = line.length();
        if (done == total) {
            finish();
        }
    }

    /** Clears the bar so that the next message starts on a clean line. */
    void finish() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }
}
