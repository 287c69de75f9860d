package dev.envol.plan;

import dev.envol.model.Project;
import dev.envol.model.Settings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plans waves from the dependencies, as AWS Prescriptive Guidance describes wave planning: hard
 * links make move groups, dependencies (shared services) go no later than their dependants, the
 * first waves are small and low risk, capacity and pins are respected, and every risk the plan
 * cannot avoid is flagged. See {@link WaveScheduler} for the order and {@link PlanFlags} for the
 * flags.
 */
public final class DependencyWavePlanner implements WavePlanner {

    @Override
    public WavePlan plan(Project project) {
        Settings settings = project.settings();
        WaveCapacity capacity = WaveCapacity.of(settings);
        UnitGraph units = UnitGraph.of(project);
        GroupGraph groups = new GroupGraph(units, MoveGroupFinder.find(units));
        int[] waveOfGroup = WaveScheduler.schedule(groups, capacity);

        Map<String, Integer> waveOf = new HashMap<>();
        for (UnitGroup g : groups.groups()) {
            g.units().forEach(u -> waveOf.put(u, waveOfGroup[g.index()]));
        }
        List<Flag> flags = new ArrayList<>(PlanFlags.of(units, groups, waveOf, capacity,
            settings.startMonth(), settings.waveLengthMonths()));
        List<PlannedWave> waves = waves(units, waveOf, settings);
        WavePlan plan = new WavePlan(waves, moveGroups(groups, waveOfGroup), List.of());
        List<CutoverSchedule> cutovers = Cutovers.of(project, plan.toModelWaves());
        CutoverFlags.addTo(project, cutovers, flags);
        flags.sort(Comparator.comparing(Flag::severity));
        return new WavePlan(waves, plan.moveGroups(), flags, cutovers);
    }

    private static List<PlannedWave> waves(UnitGraph units, Map<String, Integer> waveOf,
                                           Settings settings) {
        TreeMap<Integer, List<MigrationUnit>> byWave = new TreeMap<>();
        for (MigrationUnit u : units.units()) {
            Integer wave = waveOf.get(u.id());
            if (wave != null) {
                byWave.computeIfAbsent(wave, k -> new ArrayList<>()).add(u);
            }
        }
        List<PlannedWave> waves = new ArrayList<>();
        byWave.forEach((n, members) -> waves.add(new PlannedWave(WavePins.id(n),
            WavePins.name(n),
            settings.startMonth().plusMonths((long) (n - 1) * settings.waveLengthMonths()),
            members.stream().map(MigrationUnit::id).toList(),
            members.stream().mapToInt(MigrationUnit::servers).sum())));
        return waves;
    }

    /** Groups in wave order, then model order; ids {@code group-1}, {@code group-2}, ... */
    private static List<MoveGroup> moveGroups(GroupGraph groups, int[] waveOfGroup) {
        List<UnitGroup> ordered = new ArrayList<>(groups.groups());
        ordered.sort(Comparator.comparingInt((UnitGroup g) -> waveOfGroup[g.index()])
            .thenComparingInt(UnitGroup::index));
        List<MoveGroup> result = new ArrayList<>();
        for (UnitGroup g : ordered) {
            result.add(new MoveGroup("group-" + (result.size() + 1),
                WavePins.id(waveOfGroup[g.index()]), g.units()));
        }
        return result;
    }
}
