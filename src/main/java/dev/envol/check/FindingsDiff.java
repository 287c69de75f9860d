package dev.envol.check;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The findings a change brings and those it resolves, between the reports of two versions of a
 * model: a review aid for a merge request. Findings are matched by {@link Finding#identity()};
 * suppressed ones count as absent (they were accepted on purpose).
 *
 * @param appeared in the new report only, in its order
 * @param resolved in the old report only, in its order
 */
public record FindingsDiff(List<Finding> appeared, List<Finding> resolved) {
    public FindingsDiff {
        appeared = List.copyOf(appeared);
        resolved = List.copyOf(resolved);
    }

    public static FindingsDiff between(CheckReport before, CheckReport after) {
        return new FindingsDiff(missingFrom(after, before), missingFrom(before, after));
    }

    private static List<Finding> missingFrom(CheckReport report, CheckReport other) {
        Set<String> known = other.findings().stream().filter(f -> !f.suppressed())
            .map(Finding::identity).collect(Collectors.toSet());
        return report.findings().stream().filter(f -> !f.suppressed())
            .filter(f -> !known.contains(f.identity())).toList();
    }

    public boolean isEmpty() {
        return appeared.isEmpty() && resolved.isEmpty();
    }
}
