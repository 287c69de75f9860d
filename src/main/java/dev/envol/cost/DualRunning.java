package dev.envol.cost;

import dev.envol.model.Application;
import dev.envol.model.Cutover;
import dev.envol.model.Project;
import dev.envol.model.Wave;
import dev.envol.plan.CutoverSchedule;
import dev.envol.plan.Cutovers;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * How many months an application's on-premise side keeps running (and costing) from the month its
 * wave cuts over, both sides paid meanwhile. With a cut-over of its own, or the weighted-DNS
 * default of an internet-facing application, that is from the first step to {@code keepDays}
 * after 100 %, counted in the timeline's whole months: every month in which the on-premise side
 * is up for at least a day is paid in full (a data centre bills by the month). Otherwise, the
 * implied big bang keeps {@code settings.dualRunMonths}, as before cut-overs existed, so that
 * setting still means something (and its sensitivity still moves such applications).
 */
public final class DualRunning {
    private DualRunning() {
    }

    /** Months from the wave's start month, that month included, while the on-premise side runs. */
    public static int months(Project project, Application app, Wave wave) {
        if (Cutover.of(project, app).followsDualRunMonths()) {
            return project.settings().dualRunMonths();
        }
        CutoverSchedule s = Cutovers.schedule(project, app, wave.id(), wave.start());
        YearMonth lastDayUp = YearMonth.from(s.keepUntil().minusDays(1));
        return (int) ChronoUnit.MONTHS.between(wave.start(), lastDayUp) + 1;
    }
}
