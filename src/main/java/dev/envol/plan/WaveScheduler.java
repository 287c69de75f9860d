package dev.envol.plan;

import dev.envol.model.Criticality;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts move groups into waves. Pinned groups sit in their wave whatever the capacity. The other
 * groups are scheduled as blocks (a block is a set of groups that depend on each other in a cycle,
 * usually a single group): a block is ready for a wave once everything it depends on is in that
 * wave or an earlier one, and each wave takes ready blocks while capacity allows, best first:
 * earliest deadline (a pinned dependant ahead), then lowest risk (criticality, then size, so the
 * first wave is a small pilot), then the domain of the last placed group, so that a domain stays
 * close. A block too big for an empty wave goes alone (a hard-linked group) or is split group by
 * group (a cycle); the flags report both.
 */
final class WaveScheduler {
    private static final int NO_DEADLINE = Integer.MAX_VALUE;

    private final List<UnitGroup> groups;
    private final WaveCapacity capacity;
    private final List<List<Integer>> blocks;
    private final int[] blockOf;
    private final int[] pending;
    private final int[] deadline;
    private final List<List<Integer>> dependants;
    private final int[] waveOfGroup;
    private final Criticality[] criticality;
    private final String[] domain;

    private WaveScheduler(GroupGraph graph, WaveCapacity capacity) {
        this.groups = graph.groups();
        this.capacity = capacity;
        int groupCount = groups.size();
        boolean pins = groups.stream().anyMatch(g -> g.pinnedWave() != null);
        this.blocks = new ArrayList<>(pins
            ? graph.stronglyConnected(g -> groups.get(g).pinnedWave() == null)
            : graph.stronglyConnected());
        blocks.replaceAll(b -> b.size() > 1 ? CycleBreaker.order(b, graph) : b);
        this.blockOf = new int[groupCount];
        Arrays.fill(blockOf, -1);
        for (int b = 0; b < blocks.size(); b++) {
            for (int g : blocks.get(b)) {
                blockOf[g] = b;
            }
        }
        this.pending = new int[blocks.size()];
        this.deadline = new int[blocks.size()];
        Arrays.fill(deadline, NO_DEADLINE);
        this.dependants = new ArrayList<>();
        for (int i = 0; i < blocks.size() + groupCount; i++) {
            dependants.add(new ArrayList<>());
        }
        this.waveOfGroup = new int[groupCount];
        this.criticality = new Criticality[blocks.size()];
        this.domain = new String[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            // a block is as risky as its riskiest group; its domain is its first group's that has one
            criticality[b] = Criticality.LOW;
            for (int g : blocks.get(b)) {
                UnitGroup group = groups.get(g);
                criticality[b] = group.criticality().compareTo(criticality[b]) > 0
                    ? group.criticality() : criticality[b];
                domain[b] = domain[b] == null ? group.domain() : domain[b];
            }
        }
        linkBlocks(graph);
    }

    /** The 1-based wave of each group, indexed like {@code graph.groups()}. */
    static int[] schedule(GroupGraph graph, WaveCapacity capacity) {
        WaveScheduler s = new WaveScheduler(graph, capacity);
        s.run();
        return s.waveOfGroup;
    }

    /** A block's item is its index; a pinned group's item comes after every block. */
    private int item(int group) {
        return blockOf[group] >= 0 ? blockOf[group] : blocks.size() + group;
    }

    private void linkBlocks(GroupGraph graph) {
        List<Set<Integer>> blockDeps = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Set<Integer> deps = new LinkedHashSet<>();
            for (int g : blocks.get(b)) {
                for (int h : graph.dependsOn(g)) {
                    int dep = item(h);
                    if (dep != b) {
                        deps.add(dep);
                    }
                }
            }
            pending[b] = deps.size();
            for (int dep : deps) {
                dependants.get(dep).add(b);
            }
            blockDeps.add(deps);
        }
        for (UnitGroup pinned : groups) {
            if (pinned.pinnedWave() != null) {
                for (int h : graph.dependsOn(pinned.index())) {
                    if (blockOf[h] >= 0) {
                        deadline[blockOf[h]] = Math.min(deadline[blockOf[h]], pinned.pinnedWave());
                    }
                }
            }
        }
        propagateDeadlines(blockDeps);
    }

    /** A block must move no later than any block that depends on it: dependants first. */
    private void propagateDeadlines(List<Set<Integer>> blockDeps) {
        int[] waitingDependants = new int[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            for (int dep : blockDeps.get(b)) {
                if (dep < blocks.size()) {
                    waitingDependants[dep]++;
                }
            }
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (waitingDependants[b] == 0) {
                queue.add(b);
            }
        }
        while (!queue.isEmpty()) {
            int b = queue.poll();
            for (int dep : blockDeps.get(b)) {
                if (dep < blocks.size()) {
                    deadline[dep] = Math.min(deadline[dep], deadline[b]);
                    if (--waitingDependants[dep] == 0) {
                        queue.add(dep);
                    }
                }
            }
        }
    }

    private void run() {
        TreeMap<Integer, List<Integer>> pinnedByWave = new TreeMap<>();
        for (UnitGroup g : groups) {
            if (g.pinnedWave() != null) {
                pinnedByWave.computeIfAbsent(g.pinnedWave(), k -> new ArrayList<>()).add(g.index());
            }
        }
        List<List<Integer>> remaining = new ArrayList<>();
        List<Integer> ready = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            remaining.add(new ArrayList<>(blocks.get(b)));
            if (pending[b] == 0) {
                ready.add(b);
            }
        }
        int unplaced = blocks.size();
        int lastPin = pinnedByWave.isEmpty() ? 0 : pinnedByWave.lastKey();
        int limit = lastPin + groups.size() + 1;
        WaveLoad load = null;
        for (int wave = 1; unplaced > 0 || wave <= lastPin; wave++) {
            if (wave > limit) {
                throw new IllegalStateException("wave scheduling did not converge");
            }
            load = new WaveLoad(load == null ? null : load.lastDomain);
            for (int g : pinnedByWave.getOrDefault(wave, List.of())) {
                place(g, wave, load);
                release(blocks.size() + g, ready);
            }
            unplaced -= fill(wave, load, ready, remaining);
        }
    }

    /** Fills {@code wave} with ready blocks; returns how many blocks it completed. */
    private int fill(int wave, WaveLoad load, List<Integer> ready, List<List<Integer>> remaining) {
        int completed = 0;
        while (true) {
            int best = pick(ready, load, remaining);
            if (best < 0) {
                return completed;
            }
            int b = ready.get(best);
            List<Integer> rest = remaining.get(b);
            if (!load.isEmpty() || fits(rest, load)) {
                rest.forEach(g -> place(g, wave, load));
                rest.clear();
            } else {
                // too big for an empty wave: the first group goes even if it alone overflows
                place(rest.remove(0), wave, load);
                while (!rest.isEmpty() && fits(List.of(rest.get(0)), load)) {
                    place(rest.remove(0), wave, load);
                }
                if (!rest.isEmpty()) {
                    return completed; // the rest of the block waits for the next wave
                }
            }
            ready.remove(best);
            completed++;
            release(b, ready);
        }
    }

    /** The index in {@code ready} of the best block to place now, or -1 when none fits. */
    private int pick(List<Integer> ready, WaveLoad load, List<List<Integer>> remaining) {
        int best = -1;
        for (int i = 0; i < ready.size(); i++) {
            List<Integer> rest = remaining.get(ready.get(i));
            if ((load.isEmpty() || fits(rest, load))
                && (best < 0 || better(ready.get(i), ready.get(best), remaining, load))) {
                best = i;
            }
        }
        return best;
    }

    private boolean better(int a, int b, List<List<Integer>> remaining, WaveLoad load) {
        if (deadline[a] != deadline[b]) {
            return deadline[a] < deadline[b];
        }
        int risk = criticality[a].compareTo(criticality[b]);
        if (risk != 0) {
            return risk < 0;
        }
        int sizeA = units(remaining.get(a));
        int sizeB = units(remaining.get(b));
        if (sizeA != sizeB) {
            return sizeA < sizeB;
        }
        boolean nearA = load.lastDomain != null && load.lastDomain.equals(domain[a]);
        boolean nearB = load.lastDomain != null && load.lastDomain.equals(domain[b]);
        if (nearA != nearB) {
            return nearA;
        }
        int byName = compareDomains(domain[a], domain[b]);
        return byName != 0 ? byName < 0 : a < b;
    }

    private static int compareDomains(String a, String b) {
        if (Objects.equals(a, b)) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? 1 : -1;
        }
        return a.compareTo(b);
    }

    private int units(List<Integer> blockGroups) {
        int n = 0;
        for (int g : blockGroups) {
            n += groups.get(g).size();
        }
        return n;
    }

    private boolean fits(List<Integer> blockGroups, WaveLoad load) {
        int servers = 0;
        for (int g : blockGroups) {
            servers += groups.get(g).servers();
        }
        return capacity.fits(load.applications + units(blockGroups), load.servers + servers);
    }

    private void place(int group, int wave, WaveLoad load) {
        UnitGroup g = groups.get(group);
        waveOfGroup[group] = wave;
        load.applications += g.size();
        load.servers += g.servers();
        if (g.domain() != null) {
            load.lastDomain = g.domain();
        }
    }

    private void release(int item, List<Integer> ready) {
        for (int b : dependants.get(item)) {
            if (--pending[b] == 0) {
                ready.add(b);
            }
        }
    }

    /** What a wave holds so far. */
    private static final class WaveLoad {
        int applications;
        int servers;
        String lastDomain;

        WaveLoad(String lastDomain) {
            this.lastDomain = lastDomain;
        }

        boolean isEmpty() {
            return applications == 0;
        }
    }
}
