package dev.envol.plan;

import dev.envol.model.Cutover;
import dev.envol.model.Project;
import dev.envol.model.Severity;
import java.util.List;

/**
 * {@code wave.cutover-overrun} (warning): a cut-over whose on-premise side is still up when its
 * wave ends, so the wave's team is still running two sides while the next wave starts. The
 * implied big bang of an application that is not internet-facing keeps on-premise for
 * {@code settings.dualRunMonths}, as before cut-overs existed: that setting is the model's own
 * choice, not a cut-over that fails to fit, so it raises nothing.
 */
final class CutoverFlags {
    private CutoverFlags() {
    }

    static void addTo(Project project, List<CutoverSchedule> cutovers, List<Flag> flags) {
        for (CutoverSchedule c : cutovers) {
            boolean implied = project.application(c.application())
                .map(a -> Cutover.of(project, a).followsDualRunMonths()).orElse(true);
            if (!implied && c.overruns()) {
                flags.add(new Flag(Flag.CUTOVER_OVERRUN, Severity.WARNING, "the cut-over of '"
                    + c.application() + "' does not fit " + c.wave() + ": it starts "
                    + c.start() + ", reaches 100 % on " + c.end() + " and keeps on-premise until "
                    + c.keepUntil() + ", after the wave's last day (" + c.waveEnd().minusDays(1)
                    + "); fewer steps, fewer days or longer waves",
                    null, List.of(c.application()), List.of()));
            }
        }
    }
}
