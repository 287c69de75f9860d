package dev.envol.cost;

import dev.envol.model.ArchitectureKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item billed by volume tiers in one architecture: its total split over the tiers and the
 * lines that share it. For tables, the wiki page, the workbook and the desktop app.
 *
 * @param lines the sharing lines with their components, in model order
 */
public record TierSummary(ArchitectureKind architecture, LineTiers tiers,
                          List<Share> lines) {
    public TierSummary {
        lines = List.copyOf(lines);
    }

    /** One line sharing the item's total. */
    public record Share(ComponentCost component, CostLine line) {
    }

    /** The tiered items of a report, current architecture first, in order of first use. */
    public static List<TierSummary> of(CostReport report) {
        List<TierSummary> result = new ArrayList<>();
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            Map<String, List<Share>> groups = new LinkedHashMap<>();
            Map<String, LineTiers> tiers = new LinkedHashMap<>();
            for (ComponentCost c : report.architecture(kind).components()) {
                for (CostLine line : c.lines()) {
                    if (line.isTiered()) {
                        groups.computeIfAbsent(line.tiers().group(), g -> new ArrayList<>())
                            .add(new Share(c, line));
                        tiers.putIfAbsent(line.tiers().group(), line.tiers());
                    }
                }
            }
            groups.forEach((g, shares) -> result.add(new TierSummary(kind, tiers.get(g), shares)));
        }
        return result;
    }

    /** The lines priced at the first rate of an item AWS bills in tiers (upper bounds). */
    public static List<Share> firstTierOnly(CostReport report) {
        List<Share> result = new ArrayList<>();
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            for (ComponentCost c : report.architecture(kind).components()) {
                for (CostLine line : c.lines()) {
                    if (line.isFirstTierOnly()) {
                        result.add(new Share(c, line));
                    }
                }
            }
        }
        return result;
    }
}
