package dev.envol.check;

import dev.envol.io.Problem;
import dev.envol.model.Component;
import dev.envol.model.Project;
import dev.envol.model.Suppression;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceCatalogs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the inspections over a model: the entry point of the desktop problems panel, the
 * {@code check} command and the wiki export. Applies the per-component suppressions and sorts
 * the findings so the same model always gives the same report.
 */
public final class Checker {
    private static final Comparator<Finding> ORDER = Comparator
        .comparing(Finding::suppressed)
        .thenComparing(Finding::severity)
        .thenComparing(Finding::code)
        .thenComparing(Finding::architecture, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Finding::component, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Finding::message);

    private final List<Inspection> inspections;
    private final PriceCatalog prices;
    private final UnpricedComponents unpriced;

    public Checker(List<Inspection> inspections, PriceCatalog prices,
                   UnpricedComponents unpriced) {
        this.inspections = List.copyOf(inspections);
        this.prices = Objects.requireNonNull(prices, "prices");
        this.unpriced = Objects.requireNonNull(unpriced, "unpriced");
    }

    /** Every rule, over the standard price catalog. */
    public static Checker standard() {
        return withPrices(PriceCatalogs.standard());
    }

    public static Checker withPrices(PriceCatalog prices) {
        return new Checker(Inspections.all(), prices, new CostEngineUnpriced());
    }

    public CheckReport check(Project project) {
        return check(project, List.of());
    }

    /**
     * Checks a model read from a file: its validation problems (warnings) become findings too;
     * a rule finding that repeats one of them (same code and place) is left out.
     */
    public CheckReport check(Project project, List<Problem> problems) {
        CheckContext context = new CheckContext(project, prices, unpriced);
        List<Finding> all = new ArrayList<>(ProblemFindings.of(problems, project));
        Set<String> seen = new HashSet<>();
        all.forEach(f -> seen.add(place(f)));
        for (Inspection inspection : inspections) {
            for (Finding f : inspection.inspect(context)) {
                if (!seen.contains(place(f))) {
                    all.add(f);
                }
            }
        }
        List<Finding> result = new ArrayList<>();
        for (Finding f : all) {
            result.add(suppression(context, f).map(s -> f.suppressedBecause(s.reason())).orElse(f));
        }
        result.sort(ORDER);
        return new CheckReport(result);
    }

    private static String place(Finding f) {
        return f.code() + "|" + f.architecture() + "|" + f.component();
    }

    private static Optional<Suppression> suppression(CheckContext context, Finding f) {
        if (f.architecture() == null || f.component() == null) {
            return Optional.empty();
        }
        return context.topology(f.architecture()).component(f.component())
            .map(Component::suppress)
            .flatMap(list -> list.stream().filter(s -> s.code().equals(f.code())).findFirst());
    }
}
