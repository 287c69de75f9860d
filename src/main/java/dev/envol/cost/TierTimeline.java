package dev.envol.cost;

import dev.envol.model.Application;
import dev.envol.model.ArchitectureKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-tiers each month of the timeline. The report splits an item's total over its tiers for the
 * architecture as a whole; while waves move applications, a month holds only part of that
 * volume, billed at higher rates. Per tiered item, the timeline follows the month's quantity and
 * the blended amounts it added (change arrays, like the run rates); a month's correction is the
 * tiered cost of its quantity minus those amounts (0 once everything runs).
 */
final class TierTimeline {
    private record Share(int group, BigDecimal quantity, BigDecimal amount) {
    }

    private final int horizon;
    private final List<LineTiers> groups = new ArrayList<>();
    private final List<ArchitectureKind> groupKinds = new ArrayList<>();
    private final Map<ArchitectureKind, Map<String, List<Share>>> shares =
        new EnumMap<>(ArchitectureKind.class);
    private final List<BigDecimal[]> quantityChange = new ArrayList<>();
    private final List<BigDecimal[]> amountChange = new ArrayList<>();

    TierTimeline(CostReport report, int horizon) {
        this.horizon = horizon;
        Set<String> apps = new HashSet<>();
        for (Application a : report.project().applications()) {
            apps.add(a.id());
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            for (ComponentCost cost : report.architecture(kind).tieredComponents()) {
                for (CostLine line : cost.lines()) {
                    if (!line.isTiered()) {
                        continue;
                    }
                    int g = index.computeIfAbsent(kind + "|" + line.tiers().group(), k -> {
                        groups.add(line.tiers());
                        groupKinds.add(kind);
                        quantityChange.add(zeros(horizon + 1));
                        amountChange.add(zeros(horizon + 1));
                        return groups.size() - 1;
                    });
                    String app = cost.application() != null && apps.contains(cost.application())
                        ? cost.application() : CostReport.UNASSIGNED;
                    shares.computeIfAbsent(kind, k -> new HashMap<>())
                        .computeIfAbsent(app, k -> new ArrayList<>()).add(new Share(g, line.quantity(), line.amount()));
                }
            }
        }
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The tiered lines of {@code application} in {@code kind} run in months [from, to). */
    void run(ArchitectureKind kind, String application, int from, int to) {
        Map<String, List<Share>> ofKind = shares.get(kind);
        List<Share> list = ofKind == null ? null : ofKind.get(application);
        int a = Math.max(0, from);
        int b = Math.min(horizon, to);
        if (list == null || a >= b) {
            return;
        }
        for (Share s : list) {
            BigDecimal[] q = quantityChange.get(s.group());
            BigDecimal[] x = amountChange.get(s.group());
            q[a] = q[a].add(s.quantity());
            q[b] = q[b].subtract(s.quantity());
            x[a] = x[a].add(s.amount());
            x[b] = x[b].subtract(s.amount());
        }
    }

    /** Per month, what to add to {@code kind}'s run rate so that each item is billed by tier. */
    BigDecimal[] corrections(ArchitectureKind kind) {
        BigDecimal[] result = zeros(horizon);
        for (int g = 0; g < groups.size(); g++) {
            if (groupKinds.get(g) != kind) {
                continue;
            }
            BigDecimal quantity = BigDecimal.ZERO;
            BigDecimal amount = BigDecimal.ZERO;
            BigDecimal correction = BigDecimal.ZERO;
            BigDecimal[] dq = quantityChange.get(g);
            BigDecimal[] da = amountChange.get(g);
            for (int m = 0; m < horizon; m++) {
                if (dq[m].signum() != 0 || da[m].signum() != 0) {
                    // re-tier only in the months the volume changes
                    quantity = quantity.add(dq[m]);
                    amount = amount.add(da[m]);
                    correction = quantity.signum() == 0 ? amount.negate()
                        : groups.get(g).costOf(quantity).subtract(amount);
                }
                result[m] = result[m].add(correction);
            }
        }
        return result;
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }
}
