package dev.envol.check;

import dev.envol.model.Severity;
import java.util.List;

/**
 * The report as JSON, the shape PRODUCT.md gives scripts:
 * <pre>
 * {"findings": [{"code", "severity", "message", "architecture", "component" or "applications",
 *                "suppressed", "reason"}],
 *  "summary": {"errors", "warnings", "info", "suppressed", "total", "blocking"}}
 * </pre>
 * Written by hand (this room does not bind JSON): keys in a fixed order, 2-space indent.
 */
public final class FindingsJson {
    private FindingsJson() {
    }

    public static String render(CheckReport report) {
        StringBuilder out = new StringBuilder("{\n  \"findings\": [");
        List<Finding> findings = report.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {");
            out.append("\"code\": ").append(string(f.code()));
            out.append(", \"severity\": ").append(string(f.severity().key()));
            out.append(", \"message\": ").append(string(f.message()));
            out.append(", \"architecture\": ")
                .append(f.architecture() == null ? "null" : string(f.architecture().key()));
            if (f.component() != null) {
                out.append(", \"component\": ").append(string(f.component()));
            } else {
                out.append(", \"applications\": [");
                for (int a = 0; a < f.applications().size(); a++) {
                    out.append(a == 0 ? "" : ", ").append(string(f.applications().get(a)));
                }
                out.append("]");
            }
            out.append(", \"suppressed\": ").append(f.suppressed());
            out.append(", \"reason\": ")
                .append(f.suppressionReason() == null ? "null" : string(f.suppressionReason()));
            out.append("}");
        }
        out.append(findings.isEmpty() ? "],\n" : "\n  ],\n");
        out.append("  \"summary\": {\"errors\": ").append(report.count(Severity.ERROR))
            .append(", \"warnings\": ").append(report.count(Severity.WARNING))
            .append(", \"info\": ").append(report.count(Severity.INFO))
            .append(", \"suppressed\": ").append(report.suppressedCount())
            .append(", \"total\": ").append(findings.size())
            .append(", \"blocking\": ").append(report.hasBlockingErrors())
            .append("}\n}\n");
        return out.toString();
    }

    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
