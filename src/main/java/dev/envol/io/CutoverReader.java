package dev.envol.io;

import dev.envol.model.Cutover;
import dev.envol.model.CutoverMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an application's {@code cutover}. A member left out takes its default: method
 * {@code weighted-dns}; steps 5, 25, 50, 100 (100 for a big bang); stepDays 7; keepDays 14. Every
 * rule ({@link Cutover#problem}) is reported at the member that breaks it, as
 * {@code model.bad-cutover}.
 */
final class CutoverReader {
    static final Known KNOWN = Known.of("method", "steps", "stepDays", "keepDays");
    private static final String CODE = "model.bad-cutover";

    private final Problems problems;

    CutoverReader(Problems problems) {
        this.problems = problems;
    }

    /** The cut-over, or {@code null} when absent or wrong (reported). */
    Cutover read(Fields application) {
        Fields f = application.child("cutover", false);
        if (f == null) {
            return null;
        }
        CutoverMethod method = CutoverMethod.WEIGHTED_DNS;
        String key = f.text("method", false);
        boolean ok = true;
        if (key != null) {
            method = CutoverMethod.fromKey(key).orElse(null);
            if (method == null) {
                problems.error("model.unknown-choice", f.path("method"), f.present("method"),
                    Names.unknown("cut-over method", key, List.of("weighted-dns", "big-bang")));
                return null;
            }
        } else if (f.has("method")) {
            ok = false; // not a string: reported
        }
        List<Integer> steps = steps(f, method);
        Integer stepDays = days(f, "stepDays");
        Integer keepDays = days(f, "keepDays");
        if (steps == null || !ok || (f.has("stepDays") && stepDays == null)
            || (f.has("keepDays") && keepDays == null)) {
            return null;
        }
        if (method == CutoverMethod.BIG_BANG && !steps.equals(Cutover.BIG_BANG_STEPS)) {
            problems.error(CODE, f.path("steps"), f.present("steps"),
                "a big-bang cut-over has the one step 100, not " + steps
                    + " (use method \"weighted-dns\" for steps)");
            return null;
        }
        return new Cutover(method, steps,
            stepDays == null ? Cutover.DEFAULT_STEP_DAYS : stepDays,
            keepDays == null ? Cutover.DEFAULT_KEEP_DAYS : keepDays, f.extra(KNOWN));
    }

    private List<Integer> steps(Fields f, CutoverMethod method) {
        if (!f.has("steps")) {
            return method == CutoverMethod.BIG_BANG ? Cutover.BIG_BANG_STEPS
                : Cutover.WEIGHTED_STEPS;
        }
        Json.Arr list = f.array("steps");
        if (list == null) {
            return null;
        }
        String path = f.path("steps");
        if (list.items().isEmpty() || list.items().size() > Cutover.MAX_STEPS) {
            problems.error(CODE, path, list, "\"steps\" must hold 1 to " + Cutover.MAX_STEPS
                + " percents of traffic on AWS, not " + list.items().size());
            return null;
        }
        List<Integer> steps = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Json item = list.items().get(i);
            String at = JsonPath.index(path, i);
            Integer p = item instanceof Json.Scalar s && s.value() instanceof BigDecimal n
                ? whole(n) : null;
            if (p == null) {
                problems.error("model.value-type", at, item,
                    "a cut-over step is a whole percent of traffic on AWS (1 to 100), not "
                        + Fields.describe(item));
                return null;
            }
            if (p < 1 || p > 100) {
                problems.error(CODE, at, item, "a cut-over step is 1 to 100 % of traffic on AWS, not "
                    + p);
                return null;
            }
            if (!steps.isEmpty() && p <= steps.get(steps.size() - 1)) {
                problems.error(CODE, at, item, "cut-over steps must increase strictly: " + p
                    + " follows " + steps.get(steps.size() - 1));
                return null;
            }
            steps.add(p);
        }
        int last = steps.get(steps.size() - 1);
        if (last != 100) {
            problems.error(CODE, JsonPath.index(path, steps.size() - 1),
                list.items().get(steps.size() - 1),
                "the last cut-over step must be 100 (all traffic on AWS), not " + last);
            return null;
        }
        return steps;
    }

    /** A whole number of days, more than 0. */
    private Integer days(Fields f, String key) {
        if (!f.has(key)) {
            return null;
        }
        Json value = f.present(key);
        if (!(value instanceof Json.Scalar s && s.value() instanceof BigDecimal n)) {
            problems.error("model.value-type", f.path(key), value,
                "\"" + key + "\" must be a number of days, not " + Fields.describe(value));
            return null;
        }
        Integer days = whole(n);
        if (days == null || days < 1) {
            problems.error(CODE, f.path(key), value, "\"" + key
                + "\" must be a whole number of days more than 0, not " + n.toPlainString());
            return null;
        }
        return days;
    }

    private static Integer whole(BigDecimal n) {
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
