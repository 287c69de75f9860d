package dev.envol.cli;

import dev.envol.check.CheckReport;
import dev.envol.check.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as a plain-text table for a terminal: one row per finding (severity, code, where),
 * the message on the lines under it, wrapped, and a summary line at the end. Suppressed findings
 * come last, with their reason.
 */
public final class FindingsTable {
    private static final int WIDTH = 100;
    private static final String INDENT = "    ";

    private FindingsTable() {
    }

    public static String render(CheckReport report) {
        List<Finding> findings = report.findings();
        if (findings.isEmpty()) {
            return "No findings.\n";
        }
        int codeWidth = "CODE".length();
        for (Finding f : findings) {
            codeWidth = Math.max(codeWidth, f.code().length());
        }
        String row = "%-10s %-" + codeWidth + "s  %s%n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(row, "SEVERITY", "CODE", "WHERE"));
        for (Finding f : findings) {
            String severity = f.suppressed() ? "(" + f.severity().key() + ")" : f.severity().key();
            out.append(String.format(row, severity, f.code(), where(f)));
            for (String line : wrap(f.message(), WIDTH - INDENT.length())) {
                out.append(INDENT).append(line).append('\n');
            }
            if (f.suppressed()) {
                out.append(INDENT).append("suppressed: ").append(f.suppressionReason())
                    .append('\n');
            }
        }
        out.append('\n').append(report.summaryLine()).append('\n');
        return out.toString();
    }

    private static String where(Finding f) {
        String arch = f.architecture() == null ? "model" : f.architecture().key();
        if (f.component() != null) {
            return arch + "/" + f.component();
        }
        return f.applications().isEmpty() ? arch : arch + " " + String.join(",", f.applications());
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
