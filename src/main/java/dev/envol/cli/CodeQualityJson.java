package dev.envol.cli;

import dev.envol.check.CheckReport;
import dev.envol.check.Finding;
import dev.envol.io.ModelLines;
import dev.envol.model.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The report as GitLab's Code Quality JSON (a {@code codequality} artifact), so findings show in
 * merge requests: an array of {@code {"description", "check_name", "fingerprint", "severity",
 * "location": {"path", "lines": {"begin"}}}}.
 *
 * <p>The fingerprint is what GitLab compares between the source and the target branch to say a
 * finding is new or resolved, so it names the finding, not where it is today: a hash of the code,
 * the architecture and the component (or the applications). Lines and messages are left out: an
 * unrelated edit above the component moves its line, and a message may quote a changing figure.
 * A second finding with the same code on the same component (two unknown props) gets its rank
 * among them, in the report's stable order.
 *
 * <p>Suppressed findings are left out: they were accepted on purpose, with a reason in the model.
 */
final class CodeQualityJson {
    private CodeQualityJson() {
    }

    /** GitLab's severity for ours: error -> critical, warning -> major, info -> info. */
    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO -> "info";
        };
    }

    static String render(CheckReport report, ModelLines lines, String path) {
        JsonOut json = new JsonOut().beginArray();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : report.findings()) {
            if (f.suppressed()) {
                continue;
            }
            String identity = f.identity();
            int rank = seen.merge(identity, 1, Integer::sum);
            json.beginObject()
                .field("description", f.message())
                .field("check_name", f.code())
                .field("fingerprint", fingerprint(rank == 1 ? identity : identity + "|" + rank))
                .field("severity", severity(f.severity()));
            json.key("location").beginObject().field("path", path);
            json.key("lines").beginObject().key("begin").number(line(f, lines)).endObject();
            json.endObject().endObject();
        }
        return json.endArray().toString();
    }

    static String fingerprint(String identity) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(
                ("envol|" + identity).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The component's line, else its first application's, else its architecture's, else 1. */
    private static long line(Finding f, ModelLines lines) {
        int line = 0;
        if (f.architecture() != null && f.component() != null) {
            line = lines.component(f.architecture(), f.component());
        }
        for (int i = 0; line == 0 && i < f.applications().size(); i++) {
            line = lines.application(f.applications().get(i));
        }
        if (line == 0 && f.architecture() != null) {
            line = lines.architecture(f.architecture());
        }
        return Math.max(line, 1);
    }
}
