package dev.envol.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How an application cuts over: the percent of its traffic on AWS after each step, the days
 * between steps, and the days the on-premise side stays up (warm, ready for a roll back) after
 * 100 %. The first step happens on the first day of the application's wave.
 *
 * @param steps    strictly increasing percents of traffic on AWS, 1 to 20 of them, the last 100
 * @param stepDays days between two steps (more than 0)
 * @param keepDays days the on-premise side stays up after 100 % (more than 0), or {@code null}
 *                 for "{@code settings.dualRunMonths} after the first step": the implied cut-over
 *                 of an application that is not internet-facing and has no {@code cutover} of
 *                 its own, so that a model without cut-overs keeps its business case
 */
public record Cutover(CutoverMethod method, List<Integer> steps, int stepDays, Integer keepDays,
                      Map<String, Object> extra) {
    public static final int MAX_STEPS = 20;
    public static final List<Integer> WEIGHTED_STEPS = List.of(5, 25, 50, 100);
    public static final List<Integer> BIG_BANG_STEPS = List.of(100);
    public static final int DEFAULT_STEP_DAYS = 7;
    public static final int DEFAULT_KEEP_DAYS = 14;

    public Cutover {
        Objects.requireNonNull(method, "method");
        steps = List.copyOf(steps);
        String problem = problem(steps, stepDays, keepDays);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        extra = Extra.copy(extra);
    }

    /** PRODUCT.md's weighted-DNS default: 5, 25, 50, 100 % a week apart, two weeks warm. */
    public static Cutover weightedDns() {
        return new Cutover(CutoverMethod.WEIGHTED_DNS, WEIGHTED_STEPS, DEFAULT_STEP_DAYS,
            DEFAULT_KEEP_DAYS, null);
    }

    /** A big bang written in a file: all traffic at once, {@code keepDays} warm. */
    public static Cutover bigBang(int keepDays) {
        return new Cutover(CutoverMethod.BIG_BANG, BIG_BANG_STEPS, DEFAULT_STEP_DAYS, keepDays,
            null);
    }

    /** The implied big bang: on-premise kept for {@code settings.dualRunMonths}. */
    public static Cutover impliedBigBang() {
        return new Cutover(CutoverMethod.BIG_BANG, BIG_BANG_STEPS, DEFAULT_STEP_DAYS, null, null);
    }

    /**
     * What is wrong with these values, in words, or {@code null} when they make a cut-over. The
     * model file's reader and the inspector both ask, so they refuse the same values.
     */
    public static String problem(List<Integer> steps, int stepDays, Integer keepDays) {
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            return "a cut-over has 1 to " + MAX_STEPS + " steps, not " + steps.size();
        }
        for (int i = 0; i < steps.size(); i++) {
            int p = steps.get(i);
            if (p < 1 || p > 100) {
                return "step " + (i + 1) + " is " + p + " %: a step is 1 to 100 % of the traffic on AWS";
            }
            if (i > 0 && p <= steps.get(i - 1)) {
                return "steps must increase strictly: step " + (i + 1) + " (" + p
                    + " %) follows " + steps.get(i - 1) + " %";
            }
        }
        if (steps.get(steps.size() - 1) != 100) {
            return "the last step must be 100 % (all traffic on AWS), not "
                + steps.get(steps.size() - 1) + " %";
        }
        if (stepDays < 1) {
            return "stepDays must be more than 0, not " + stepDays;
        }
        if (keepDays != null && keepDays < 1) {
            return "keepDays must be more than 0, not " + keepDays;
        }
        return null;
    }

    /** Days from the first step to 100 %. */
    public int rampDays() {
        return (steps.size() - 1) * stepDays;
    }

    /** True when written as {@link #impliedBigBang()}: it follows {@code dualRunMonths}. */
    public boolean followsDualRunMonths() {
        return keepDays == null;
    }

    /**
     * The cut-over an application follows: its own, else weighted DNS when one of its components
     * is internet-facing ({@code public: true}, in either architecture), else the implied big bang.
     */
    public static Cutover of(Project project, Application application) {
        if (application.cutover() != null) {
            return application.cutover();
        }
        return internetFacing(project).contains(application.id()) ? weightedDns()
            : impliedBigBang();
    }

    /** The applications of the last project asked about that have an internet-facing component. */
    private record Facing(Project project, Set<String> applications) {
    }

    private static volatile Facing facing;

    /**
     * The ids of the applications with an internet-facing component. Remembered for the last
     * project (by identity: projects are immutable), because the planner and the timeline ask
     * once per application and a scan per call made a 1,000-application estimate 7x slower.
     */
    private static Set<String> internetFacing(Project project) {
        Facing f = facing;
        if (f == null || f.project() != project) {
            Set<String> apps = new HashSet<>();
            project.allComponents().filter(c -> c.publicEndpoint() && c.application() != null)
                .forEach(c -> apps.add(c.application()));
            f = new Facing(project, Set.copyOf(apps));
            facing = f;
        }
        return f.applications();
    }

    public Cutover withSteps(List<Integer> newSteps) {
        return new Cutover(method, newSteps, stepDays, keepDays, extra);
    }
}
