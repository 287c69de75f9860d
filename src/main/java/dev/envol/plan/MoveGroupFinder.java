package dev.envol.plan;

import dev.envol.model.Criticality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.alg.util.UnionFind;

/**
 * Joins the units linked by hard (latency-bound) dependencies into move groups. Retained units
 * never move, so they join no group. A group whose units are pinned to different waves cannot move
 * as one: it is split by pin (unpinned members follow the earliest pin), and the hard links that
 * end up crossing waves are flagged afterwards.
 */
final class MoveGroupFinder {
    private MoveGroupFinder() {
    }

    static List<UnitGroup> find(UnitGraph unitGraph) {
        List<MigrationUnit> scheduled = unitGraph.units().stream()
            .filter(MigrationUnit::scheduled).toList();
        UnionFind<String> joined = new UnionFind<>(new java.util.LinkedHashSet<>(
            scheduled.stream().map(MigrationUnit::id).toList()));
        for (Dependency d : unitGraph.dependencies()) {
            String a = d.from();
            String b = d.to();
            if (d.hard() && unitGraph.unit(a).scheduled() && unitGraph.unit(b).scheduled()) {
                joined.union(a, b);
            }
        }
        // members in model order, groups in the order of their first member
        Map<String, List<MigrationUnit>> byRoot = new LinkedHashMap<>();
        for (MigrationUnit u : scheduled) {
            byRoot.computeIfAbsent(joined.find(u.id()), k -> new ArrayList<>()).add(u);
        }
        List<UnitGroup> groups = new ArrayList<>();
        for (List<MigrationUnit> members : byRoot.values()) {
            for (List<MigrationUnit> part : splitByPin(members)) {
                groups.add(group(groups.size(), part));
            }
        }
        return groups;
    }

    private static List<List<MigrationUnit>> splitByPin(List<MigrationUnit> members) {
        TreeMap<Integer, List<MigrationUnit>> byPin = new TreeMap<>();
        List<MigrationUnit> unpinned = new ArrayList<>();
        for (MigrationUnit u : members) {
            if (u.pinnedWave() == null) {
                unpinned.add(u);
            } else {
                byPin.computeIfAbsent(u.pinnedWave(), k -> new ArrayList<>()).add(u);
            }
        }
        if (byPin.isEmpty()) {
            return List.of(members);
        }
        byPin.firstEntry().getValue().addAll(unpinned);
        return new ArrayList<>(byPin.values());
    }

    private static UnitGroup group(int index, List<MigrationUnit> members) {
        Integer pin = null;
        int servers = 0;
        Criticality criticality = Criticality.LOW;
        Map<String, Integer> domains = new LinkedHashMap<>();
        for (MigrationUnit u : members) {
            pin = pin == null ? u.pinnedWave() : pin;
            servers += u.servers();
            criticality = u.criticality().compareTo(criticality) > 0 ? u.criticality() : criticality;
            if (u.domain() != null) {
                domains.merge(u.domain(), 1, Integer::sum);
            }
        }
        // the group's domain is its members' most common one (the first such in model order)
        String domain = domains.entrySet().stream()
            .reduce((x, y) -> y.getValue() > x.getValue() ? y : x)
            .map(Map.Entry::getKey).orElse(null);
        return new UnitGroup(index, members.stream().map(MigrationUnit::id).toList(), pin,
            servers, criticality, domain);
    }
}
