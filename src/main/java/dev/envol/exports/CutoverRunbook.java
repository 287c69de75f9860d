package dev.envol.exports;

import static dev.envol.exports.MarkdownText.cell;
import static dev.envol.exports.MarkdownText.code;
import static dev.envol.exports.MarkdownText.header;
import static dev.envol.exports.MarkdownText.row;

import dev.envol.model.Cutover;
import dev.envol.model.Project;
import dev.envol.model.Wave;
import dev.envol.plan.CutoverSchedule;
import dev.envol.plan.CutoverStep;
import dev.envol.plan.Cutovers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * wiki.md's "Cut-over runbook": per wave, each application's dates and weights, then for each
 * application with DNS steps the commands that apply and roll back each step from its
 * {@code cutover/APPLICATION.json} ({@link CutoverExporter}), after the placeholders to fill in.
 */
final class CutoverRunbook {
    private CutoverRunbook() {
    }

    /**
     * The cut-overs that move traffic by DNS, so get a file: a cut-over of the application's own
     * or the weighted-DNS default of an internet-facing one (the implied big bang of an internal
     * application has no DNS name to move).
     */
    static List<CutoverSchedule> withDns(Project project, List<Wave> waves) {
        return Cutovers.of(project, waves).stream()
            .filter(c -> project.application(c.application())
                .map(a -> !Cutover.of(project, a).followsDualRunMonths()).orElse(false))
            .toList();
    }

    static String file(CutoverSchedule c) {
        return "cutover/" + c.application() + ".json";
    }

    static void append(StringBuilder md, Project project, List<Wave> waves) {
        md.append("## Cut-over runbook\n\n");
        List<CutoverSchedule> all = Cutovers.of(project, waves);
        if (all.isEmpty()) {
            md.append("No application cuts over in these waves.\n\n");
            return;
        }
        List<CutoverSchedule> dns = withDns(project, waves);
        md.append("Each step moves a share of an application's traffic to AWS through two weighted "
            + "DNS records of its name, `onprem` and `aws`, whose weights add up to 100. `cutover/"
            + "APPLICATION.json` holds one Route 53 `ChangeResourceRecordSets` request per step; "
            + "its element 0 puts all traffic on-premise, so rolling back step N is applying "
            + "element N-1. The commands need the AWS CLI and `jq`. A name served today by a "
            + "simple record must lose it in the change that applies element 0 (Route 53 refuses "
            + "a simple and a weighted record of one name).\n\n");
        for (Wave wave : waves) {
            List<CutoverSchedule> inWave = all.stream().filter(c -> wave.id().equals(c.wave()))
                .toList();
            if (inWave.isEmpty()) {
                continue;
            }
            CutoverSchedule first = inWave.get(0);
            md.append("### ").append(MarkdownText.inline(wave.name())).append(" (")
                .append(first.start()).append(" to ").append(first.waveEnd().minusDays(1))
                .append(")\n\n");
            md.append(header(List.of("Application", "Method", "Traffic on AWS", "All on AWS",
                "On-premise off")));
            for (CutoverSchedule c : inWave) {
                String steps = c.steps().stream().map(s -> s.date() + ": " + s.awsPercent() + " %")
                    .collect(Collectors.joining(", "));
                md.append(row(List.of(cell(c.application()), c.method().key(), steps,
                    c.end().toString(), c.keepUntil() + (c.overruns() ? " (after the wave)" : ""))));
            }
            md.append('\n');
            for (CutoverSchedule c : inWave) {
                if (dns.contains(c)) {
                    commands(md, project, c);
                }
            }
        }
    }

    private static void commands(StringBuilder md, Project project, CutoverSchedule c) {
        CutoverTarget t = CutoverTarget.of(project, c.application());
        md.append("#### ").append(MarkdownText.inline(c.application())).append(": ")
            .append(code(t.recordName())).append(" in zone ").append(code(t.hostedZoneId()));
        if (t.zoneSource() != null && !t.placeholders().contains(CutoverTarget.ZONE)) {
            md.append(" (from ").append(MarkdownText.inline(t.zoneSource())).append(')');
        }
        md.append("\n\n");
        if (!t.placeholders().isEmpty()) {
            md.append("Before step 0, replace ").append(t.placeholders().stream()
                .map(MarkdownText::code).collect(Collectors.joining(", "))).append(" in ")
                .append(code(file(c))).append(" (or set `hostedZoneId`, `recordName`, "
                    + "`onpremTarget`, `awsTarget` on the application's `aws.route53` and "
                    + "export again).\n\n");
        }
        String apply = "aws route53 change-resource-record-sets --cli-input-json \"$(jq '.[%d]' "
            + file(c) + ")\"\n";
        md.append("```sh\n");
        md.append("# step 0, before ").append(c.start()).append(": all traffic on-premise\n");
        md.append(String.format(apply, 0));
        for (int i = 0; i < c.steps().size(); i++) {
            CutoverStep s = c.steps().get(i);
            md.append("# step ").append(i + 1).append(", ").append(s.date()).append(": ")
                .append(s.awsPercent()).append(" % on AWS (onprem ").append(s.onPremPercent())
                .append(", aws ").append(s.awsPercent()).append(")\n");
            md.append(String.format(apply, i + 1));
            md.append("#   roll back step ").append(i + 1).append(":\n#   ")
                .append(String.format(apply, i));
        }
        md.append("# on-premise side kept warm until ").append(c.keepUntil())
            .append(", then switched off\n");
        md.append("```\n\n");
    }
}
