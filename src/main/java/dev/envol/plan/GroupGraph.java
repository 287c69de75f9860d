package dev.envol.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * The dependencies between move groups: group G depends on group H when a unit of G depends on a
 * unit of H. Retained units belong to no group, so they take no part in the order. A front-first
 * unit's soft dependencies are left out: it does not wait for its origins.
 */
final class GroupGraph {
    private final List<UnitGroup> groups;
    private final Map<String, Integer> groupOf = new HashMap<>();
    private final List<TreeSet<Integer>> dependsOn = new ArrayList<>();
    private List<List<Integer>> allStronglyConnected;

    GroupGraph(UnitGraph unitGraph, List<UnitGroup> groups) {
        this.groups = List.copyOf(groups);
        for (UnitGroup g : groups) {
            g.units().forEach(u -> groupOf.put(u, g.index()));
            dependsOn.add(new TreeSet<>());
        }
        for (Dependency d : unitGraph.dependencies()) {
            if (unitGraph.unit(d.from()).front() && !d.hard()) {
                continue; // the front goes first: it fronts the on-premise origins meanwhile
            }
            Integer from = groupOf.get(d.from());
            Integer to = groupOf.get(d.to());
            if (from != null && to != null && !from.equals(to)) {
                dependsOn.get(from).add(to);
            }
        }
    }

    List<UnitGroup> groups() {
        return groups;
    }

    Integer groupOf(String unit) {
        return groupOf.get(unit);
    }

    /** The groups {@code group} depends on, ascending. */
    Set<Integer> dependsOn(int group) {
        return dependsOn.get(group);
    }

    /** {@link #stronglyConnected} over every group, computed once. */
    List<List<Integer>> stronglyConnected() {
        if (allStronglyConnected == null) {
            allStronglyConnected = stronglyConnected(g -> true);
        }
        return allStronglyConnected;
    }

    /**
     * The strongly connected sets of groups among those {@code included}, each sorted, in order of
     * their first group; a group in no cycle is a set of one.
     */
    List<List<Integer>> stronglyConnected(java.util.function.IntPredicate included) {
        Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (UnitGroup group : groups) {
            if (included.test(group.index())) {
                g.addVertex(group.index());
            }
        }
        for (Integer from : g.vertexSet()) {
            for (Integer to : dependsOn.get(from)) {
                if (g.containsVertex(to)) {
                    g.addEdge(from, to);
                }
            }
        }
        List<List<Integer>> sets = new ArrayList<>();
        for (Set<Integer> set : new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets()) {
            sets.add(set.stream().sorted().toList());
        }
        sets.sort(Comparator.comparing(s -> s.get(0)));
        return sets;
    }
}
