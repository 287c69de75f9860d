package dev.envol.plan;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Severity;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every migration risk of a finished plan: the flags are computed from where units ended up, not
 * from what the scheduler meant to do, so nothing the plan breaks goes unreported.
 */
final class PlanFlags {
    private static final int LISTED = 5;

    private final UnitGraph units;
    private final GroupGraph groups;
    private final Map<String, Integer> waveOf;
    private final YearMonth startMonth;
    private final int waveLength;
    private final List<Flag> flags = new ArrayList<>();
    private final Map<Integer, String> waveIds = new java.util.HashMap<>();
    private final Map<Integer, String> startTexts = new java.util.HashMap<>();
    /** Per front-first unit, the soft dependencies it fronts while they are on-premise. */
    private final Map<String, List<Dependency>> fronted = new java.util.LinkedHashMap<>();

    private PlanFlags(UnitGraph units, GroupGraph groups, Map<String, Integer> waveOf,
                      YearMonth startMonth, int waveLength) {
        this.units = units;
        this.groups = groups;
        this.waveOf = waveOf;
        this.startMonth = startMonth;
        this.waveLength = waveLength;
    }

    /** The flags, errors first, then warnings, then information; each kind in model order. */
    static List<Flag> of(UnitGraph units, GroupGraph groups, Map<String, Integer> waveOf,
                         WaveCapacity capacity, YearMonth startMonth, int waveLength) {
        PlanFlags f = new PlanFlags(units, groups, waveOf, startMonth, waveLength);
        f.unmapped();
        f.cycles();
        new CapacityFlags(units, waveOf, capacity).addTo(f.flags);
        f.dependencies();
        f.frontFirst();
        f.flags.sort(Comparator.comparing(Flag::severity));
        return List.copyOf(f.flags);
    }

    YearMonth start(int wave) {
        return startMonth.plusMonths((long) (wave - 1) * waveLength);
    }

    /** {@code wave-N}, made once per wave: thousands of flags repeat a few waves. */
    private String id(int wave) {
        return waveIds.computeIfAbsent(wave, WavePins::id);
    }

    private String startText(int wave) {
        return startTexts.computeIfAbsent(wave, w -> start(w).toString());
    }

    private void unmapped() {
        for (MigrationUnit u : units.units()) {
            List<String> current = units.currentComponents(u.id());
            if (u.moves() && !current.isEmpty() && units.targetComponentCount(u.id()) == 0) {
                flags.add(new Flag(Flag.UNMAPPED, Severity.WARNING, "'" + u.id() + "' ("
                    + u.strategy().key() + ") has " + current.size() + " current component"
                    + (current.size() == 1 ? "" : "s") + " (" + list(current)
                    + ") and nothing in the target architecture",
                    ArchitectureKind.CURRENT, List.of(u.id()), current));
            }
        }
    }

    private void cycles() {
        for (List<Integer> set : groups.stronglyConnected()) {
            if (set.size() < 2) {
                continue;
            }
            List<String> members = new ArrayList<>();
            set.forEach(g -> members.addAll(groups.groups().get(g).units()));
            List<String> waves = members.stream().map(waveOf::get).distinct().sorted()
                .map(WavePins::id).toList();
            String where = waves.size() == 1 ? "placed together in " + waves.get(0)
                : waves.size() <= 3 ? "spread over " + String.join(", ", waves) + " (capacity or pins)"
                : "spread over " + waves.size() + " waves from " + waves.get(0) + " to "
                    + waves.get(waves.size() - 1) + " (capacity or pins)";
            flags.add(new Flag(Flag.CYCLE, Severity.WARNING, members.size()
                + " applications depend on each other in a cycle (" + list(members) + "): " + where,
                null, members, List.of()));
        }
    }

    private void dependencies() {
        for (Dependency d : units.dependencies()) {
            MigrationUnit a = units.unit(d.from());
            MigrationUnit b = units.unit(d.to());
            if (a.retained() || b.retained()) {
                retained(a, b, d);
            } else if (!waveOf.get(a.id()).equals(waveOf.get(b.id()))) {
                crossing(a, b, d);
            }
        }
    }

    /** A link between a unit that moves and one retained on-premise crosses the WAN for good. */
    private void retained(MigrationUnit a, MigrationUnit b, Dependency d) {
        MigrationUnit mover = a.retained() ? b : a;
        if (mover.retained() || mover.retired()) {
            return; // both stay, or the other end is switched off: never hybrid
        }
        int wave = waveOf.get(mover.id());
        String since = " from " + startText(wave) + " (" + mover.id() + " moves in "
            + id(wave) + ")";
        String what = a.retained()
            ? "retained '" + a.id() + "' depends on '" + b.id() + "'"
            : "'" + a.id() + "' depends on retained '" + b.id() + "'";
        List<String> both = List.of(a.id(), b.id());
        flags.add(new Flag(Flag.RETAINED_DEPENDENCY, Severity.WARNING,
            what + ": permanent hybrid link" + since, d.architecture(), both, d.components()));
        if (d.hard()) {
            flags.add(new Flag(Flag.HARD_LINK_SPLIT, Severity.ERROR, "hard link between '"
                + a.id() + "' and '" + b.id() + "' crosses the WAN for good" + since,
                d.architecture(), both, d.components()));
        }
    }

    /** {@code a} depends on {@code b} and they are in different waves. */
    private void crossing(MigrationUnit a, MigrationUnit b, Dependency d) {
        int waveA = waveOf.get(a.id());
        int waveB = waveOf.get(b.id());
        if (a.front() && !d.hard() && waveA < waveB) {
            fronted.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(d);
            return; // wanted: reported once per front unit by frontFirst()
        }
        List<String> both = List.of(a.id(), b.id());
        String inverted = waveB > waveA
            ? "; '" + a.id() + "' moves before its dependency because of "
                + (inPinnedGroup(a) ? "a pin" : "a cycle")
            : "";
        if (d.hard()) {
            flags.add(new Flag(Flag.HARD_LINK_SPLIT, Severity.ERROR, "hard link from '" + a.id()
                + "' (" + id(waveA) + ") to '" + b.id() + "' (" + id(waveB)
                + ") is split across waves" + inverted, d.architecture(), both, d.components()));
            return;
        }
        int first = Math.min(waveA, waveB);
        int last = Math.max(waveA, waveB);
        long months = (long) (last - first) * waveLength;
        flags.add(new Flag(Flag.HYBRID_LINK, inverted.isEmpty() ? Severity.INFO : Severity.WARNING,
            "'" + a.id() + "' (" + id(waveA) + ") depends on '" + b.id() + "' (" + id(waveB)
                + "): hybrid link from " + startText(first) + " to " + startText(last) + " ("
                + months + " month" + (months == 1 ? "" : "s") + ")" + inverted,
            d.architecture(), both, d.components()));
    }

    /**
     * One {@code wave.front-first} (info) per front unit: it goes first and fronts the on-premise
     * origins of the units it depends on through hybrid links until each of them moves.
     */
    private void frontFirst() {
        fronted.forEach((front, deps) -> {
            int wave = waveOf.get(front);
            List<String> applications = new ArrayList<>(List.of(front));
            List<String> components = new ArrayList<>();
            List<String> links = new ArrayList<>();
            for (Dependency d : deps) {
                int until = waveOf.get(d.to());
                applications.add(d.to());
                d.components().stream().filter(c -> !components.contains(c)).forEach(components::add);
                long months = (long) (until - wave) * waveLength;
                links.add(d.to() + " until " + startText(until) + " (" + months + " month"
                    + (months == 1 ? "" : "s") + ")");
            }
            flags.add(new Flag(Flag.FRONT_FIRST, Severity.INFO, "'" + front + "' goes first ("
                + id(wave) + ", " + startText(wave) + ", settings.frontFirst) in front of "
                + deps.size() + " on-premise origin" + (deps.size() == 1 ? "" : "s")
                + ": hybrid link" + (deps.size() == 1 ? " to " : "s to ") + list(links),
                deps.get(0).architecture(), applications, components));
        });
    }

    /** Pinned itself, or hard-linked to a pinned unit. */
    private boolean inPinnedGroup(MigrationUnit unit) {
        Integer group = groups.groupOf(unit.id());
        return group != null && groups.groups().get(group).pinnedWave() != null;
    }

    static String list(List<String> ids) {
        if (ids.size() <= LISTED) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, LISTED)) + " and " + (ids.size() - LISTED)
            + " more";
    }
}
