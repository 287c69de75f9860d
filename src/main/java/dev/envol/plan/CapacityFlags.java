package dev.envol.plan;

import dev.envol.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Waves over capacity. Pins are the user's word, so a wave its pins alone overfill is an error to
 * fix; otherwise the only way over is a hard-linked move group bigger than a wave, which moves
 * alone in its wave (warning).
 */
final class CapacityFlags {
    private final UnitGraph units;
    private final Map<String, Integer> waveOf;
    private final WaveCapacity capacity;

    CapacityFlags(UnitGraph units, Map<String, Integer> waveOf, WaveCapacity capacity) {
        this.units = units;
        this.waveOf = waveOf;
        this.capacity = capacity;
    }

    void addTo(List<Flag> flags) {
        TreeMap<Integer, List<MigrationUnit>> byWave = new TreeMap<>();
        for (MigrationUnit u : units.units()) {
            Integer wave = waveOf.get(u.id());
            if (wave != null) {
                byWave.computeIfAbsent(wave, k -> new ArrayList<>()).add(u);
            }
        }
        byWave.forEach((wave, members) -> check(wave, members, flags));
    }

    private void check(int wave, List<MigrationUnit> members, List<Flag> flags) {
        int servers = members.stream().mapToInt(MigrationUnit::servers).sum();
        if (capacity.fits(members.size(), servers)) {
            return;
        }
        List<MigrationUnit> pinned = members.stream().filter(u -> u.pinnedWave() != null).toList();
        boolean pinsOverfill = !pinned.isEmpty() && !capacity.fits(pinned.size(),
            pinned.stream().mapToInt(MigrationUnit::servers).sum());
        List<String> ids = members.stream().map(MigrationUnit::id).toList();
        String load = members.size() + " applications" + (capacity.maxServers() == null ? ""
            : " / " + servers + " servers");
        String why = pinsOverfill ? ": " + pinned.size() + " applications are pinned to it"
            : ": a move group bigger than a wave (hard links, or servers) moves in it as one";
        flags.add(new Flag(Flag.CAPACITY_EXCEEDED, pinsOverfill ? Severity.ERROR : Severity.WARNING,
            WavePins.id(wave) + " holds " + load + ", over the capacity of " + capacity.describe()
                + why, null, ids, List.of()));
    }
}
