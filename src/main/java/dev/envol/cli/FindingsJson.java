package dev.envol.cli;

import dev.envol.check.CheckReport;
import dev.envol.check.Finding;

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
            out.append("\"code\": ").append(JsonOut.quote(f.code()));
            out.append(", \"severity\": ").append(JsonOut.quote(f.severity().key()));
            out.append(", \"message\": ").append(JsonOut.quote(f.message()));
            out.append(", \"architecture\": ")
                .append(f.architecture() == null ? "null" : JsonOut.quote(f.architecture().key()));
            if (f.component() != null) {
                out.append(", \"component\": ").append(JsonOut.quote(f.component()));
            } else {
                out.append(", \"applications\": [");
                for (int a = 0; a < f.applications().size(); a++) {
                    out.append(a == 0 ? "" : ", ").append(JsonOut.quote(f.applications().get(a)));
                }
                out.append("]");
            }
            out.append(", \"suppressed\": ").append(f.suppressed());
            out.append(", \"reason\": ")
                .append(f.suppressionReason() == null ? "null" : JsonOut.quote(f.suppressionReason()));
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

}
