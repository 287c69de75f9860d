package dev.envol.cli;

import dev.envol.model.Application;
import dev.envol.model.Project;
import dev.envol.model.Settings;
import dev.envol.model.Severity;
import dev.envol.model.Strategy;
import dev.envol.plan.CutoverSchedule;
import dev.envol.plan.Flag;
import dev.envol.plan.MoveGroup;
import dev.envol.plan.PlannedWave;
import dev.envol.plan.WavePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The terminal form of a wave plan: a summary, the waves, the move groups, then the flags. */
final class PlanTable {
    private static final int WIDTH = 100;
    private static final String WAVE_INDENT = " ".repeat(33);

    private PlanTable() {
    }

    static String of(Project project, WavePlan plan) {
        StringBuilder text = new StringBuilder();
        Settings s = project.settings();
        int units = plan.waves().stream().mapToInt(w -> w.applications().size()).sum();
        text.append(String.format("Wave plan: %s in %s of %s (at most %s%s a wave)%n%n",
            count(units, "application"), count(plan.waves().size(), "wave"),
            count(s.waveLengthMonths(), "month"), count(s.maxApplicationsPerWave(), "application"),
            s.maxServersPerWave() == null ? "" : " and " + count(s.maxServersPerWave(), "server")));
        waves(project, plan, text);
        groups(plan, text);
        retained(project, text);
        cutovers(plan, text);
        flags(plan, text);
        return text.toString();
    }

    private static void waves(Project project, WavePlan plan, StringBuilder text) {
        Set<String> retiring = project.applications().stream()
            .filter(a -> a.strategy() == Strategy.RETIRE).map(Application::id)
            .collect(Collectors.toSet());
        text.append(String.format("%-8s %-8s %5s %8s  %s%n", "wave", "start", "apps", "servers",
            "applications (r = retired)"));
        for (PlannedWave w : plan.waves()) {
            List<String> names = w.applications().stream()
                .map(a -> retiring.contains(a) ? a + " (r)" : a).toList();
            text.append(String.format("%-8s %-8s %5d %8d  ", w.id(), w.start(),
                w.applications().size(), w.servers()));
            text.append(wrap(names, WAVE_INDENT)).append('\n');
        }
    }

    private static void groups(WavePlan plan, StringBuilder text) {
        List<MoveGroup> joined = plan.moveGroups().stream()
            .filter(g -> g.applications().size() > 1).toList();
        if (joined.isEmpty()) {
            return;
        }
        text.append("\nMove groups (joined by hard links):\n");
        for (MoveGroup g : joined) {
            String head = String.format("%-10s %-8s ", g.id(), g.wave());
            text.append(head).append(wrap(g.applications(), " ".repeat(head.length())))
                .append('\n');
        }
    }

    private static void retained(Project project, StringBuilder text) {
        List<String> kept = project.applications().stream()
            .filter(a -> a.strategy() == Strategy.RETAIN).map(Application::id).toList();
        if (!kept.isEmpty()) {
            text.append("\nRetained on-premise: ").append(wrap(kept, "  ")).append('\n');
        }
    }

    /** Each cut-over: its steps (date and percent on AWS) and how long on-premise stays warm. */
    private static void cutovers(WavePlan plan, StringBuilder text) {
        if (plan.cutovers().isEmpty()) {
            return;
        }
        text.append("\nCut-overs (traffic on AWS from each date; on-premise switched off on "
            + "the last date):\n");
        int width = plan.cutovers().stream().mapToInt(c -> c.application().length()).max()
            .orElse(0);
        for (CutoverSchedule c : plan.cutovers()) {
            String head = String.format("%-" + width + "s %-8s %-12s ", c.application(), c.wave(),
                c.method().key());
            List<String> steps = new ArrayList<>();
            c.steps().forEach(s -> steps.add(s.date() + " " + s.awsPercent() + " %"));
            steps.add("off " + c.keepUntil() + (c.overruns() ? " (after the wave)" : ""));
            text.append(head).append(wrap(steps, " ".repeat(head.length()))).append('\n');
        }
    }

    private static void flags(WavePlan plan, StringBuilder text) {
        Map<Severity, Long> counts = plan.flags().stream()
            .collect(Collectors.groupingBy(Flag::severity, Collectors.counting()));
        text.append(String.format("%nFlags: %d errors, %d warnings, %d info%n",
            counts.getOrDefault(Severity.ERROR, 0L), counts.getOrDefault(Severity.WARNING, 0L),
            counts.getOrDefault(Severity.INFO, 0L)));
        for (Flag f : plan.flags()) {
            text.append(String.format("%-8s %-25s %s%n", f.severity().key(), f.code(),
                f.message()));
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Comma-separated names, wrapped at {@link #WIDTH} columns with {@code indent}. */
    private static String wrap(List<String> names, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String item = names.get(i) + (i < names.size() - 1 ? "," : "");
            if (line.length() > 0 && indent.length() + line.length() + 1 + item.length() > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(item);
        }
        lines.add(line.toString());
        return String.join("\n" + indent, lines);
    }
}
