package dev.envol.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An order for the groups of a cycle too big for one wave, breaking as few dependencies as it
 * can: a group whose dependencies inside the cycle have all gone is next (the least risky such
 * group first); when none is, the group
 * the most others still wait for goes (typically the shared services every application uses, which
 * AWS guidance moves early), and the dependencies it leaves behind are reported by the flags.
 */
final class CycleBreaker {
    private CycleBreaker() {
    }

    static List<Integer> order(List<Integer> block, GroupGraph graph) {
        Map<Integer, Integer> position = new HashMap<>();
        for (int i = 0; i < block.size(); i++) {
            position.put(block.get(i), i);
        }
        int n = block.size();
        int[] waitingOn = new int[n];
        int[] waitedFor = new int[n];
        List<List<Integer>> dependants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dependants.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int dep : graph.dependsOn(block.get(i))) {
                Integer j = position.get(dep);
                if (j != null) {
                    waitingOn[i]++;
                    waitedFor[j]++;
                    dependants.get(j).add(i);
                }
            }
        }
        boolean[] done = new boolean[n];
        // among the groups free to go, lower risk first, as everywhere in the plan
        List<UnitGroup> groups = graph.groups();
        TreeSet<Integer> ready = new TreeSet<>(
            Comparator.comparing((Integer i) -> groups.get(block.get(i)).criticality())
                .thenComparingInt(i -> groups.get(block.get(i)).size())
                .thenComparingInt(i -> i));
        for (int i = 0; i < n; i++) {
            if (waitingOn[i] == 0) {
                ready.add(i);
            }
        }
        List<Integer> order = new ArrayList<>(n);
        while (order.size() < n) {
            int next = ready.isEmpty() ? mostWaitedFor(waitedFor, waitingOn, done)
                : ready.pollFirst();
            done[next] = true;
            ready.remove(next);
            order.add(block.get(next));
            for (int dep : graph.dependsOn(block.get(next))) {
                Integer j = position.get(dep);
                if (j != null) {
                    waitedFor[j]--;
                }
            }
            for (int d : dependants.get(next)) {
                if (!done[d] && --waitingOn[d] == 0) {
                    ready.add(d);
                }
            }
        }
        return order;
    }

    private static int mostWaitedFor(int[] waitedFor, int[] waitingOn, boolean[] done) {
        int best = -1;
        for (int i = 0; i < done.length; i++) {
            if (!done[i] && (best < 0 || waitedFor[i] > waitedFor[best]
                || (waitedFor[i] == waitedFor[best] && waitingOn[i] < waitingOn[best]))) {
                best = i;
            }
        }
        return best;
    }
}
