package dev.envol.plan;

import dev.envol.model.Application;
import dev.envol.model.Cutover;
import dev.envol.model.Project;
import dev.envol.model.Wave;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Schedules each application's cut-over inside its wave: the first step on the wave's first day
 * (the wave is when its applications cut over, and when the business case starts their target
 * costs), then a step every {@code stepDays}, then {@code keepDays} warm. Only applications that
 * move have one: a retained application never cuts over, a retired one is switched off.
 */
public final class Cutovers {
    private Cutovers() {
    }

    /** The cut-overs of the applications in {@code waves}, in wave order, then model order. */
    public static List<CutoverSchedule> of(Project project, List<Wave> waves) {
        Map<String, Wave> waveOf = waveOfApplication(project, waves);
        List<CutoverSchedule> result = new ArrayList<>();
        for (Wave wave : waves) {
            for (Application app : project.applications()) {
                if (waveOf.get(app.id()) == wave && app.strategy().moves()) {
                    result.add(schedule(project, app, wave.id(), wave.start()));
                }
            }
        }
        return result;
    }

    /** The cut-over of {@code app} in the wave {@code waveId} starting in {@code month}. */
    public static CutoverSchedule schedule(Project project, Application app, String waveId,
                                           YearMonth month) {
        Cutover cutover = Cutover.of(project, app);
        LocalDate start = month.atDay(1);
        List<CutoverStep> steps = new ArrayList<>();
        for (int i = 0; i < cutover.steps().size(); i++) {
            steps.add(new CutoverStep(start.plusDays((long) i * cutover.stepDays()),
                cutover.steps().get(i)));
        }
        LocalDate end = steps.get(steps.size() - 1).date();
        LocalDate keepUntil = cutover.followsDualRunMonths()
            ? start.plusMonths(Math.max(0, project.settings().dualRunMonths()))
            : end.plusDays(cutover.keepDays());
        LocalDate waveEnd = month.plusMonths(Math.max(1, project.settings().waveLengthMonths()))
            .atDay(1);
        return new CutoverSchedule(app.id(), waveId, cutover.method(), start, steps, end,
            keepUntil, waveEnd);
    }

    /**
     * The wave of each application: the first wave listing it, else the saved wave it is pinned
     * to (as the business case reads waves).
     */
    public static Map<String, Wave> waveOfApplication(Project project, List<Wave> waves) {
        Map<String, Wave> byId = new HashMap<>();
        Map<String, Wave> waveOf = new HashMap<>();
        for (Wave wave : waves) {
            byId.putIfAbsent(wave.id(), wave);
            for (String app : wave.applications()) {
                waveOf.putIfAbsent(app, wave);
            }
        }
        for (Application app : project.applications()) {
            if (!waveOf.containsKey(app.id()) && app.wave() != null && byId.containsKey(app.wave())) {
                waveOf.put(app.id(), byId.get(app.wave()));
            }
        }
        return waveOf;
    }
}
