package dev.envol.plan;

import dev.envol.model.Severity;
import dev.envol.model.Wave;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A wave plan: waves in order (empty waves left out, so ids may skip a number when a pin points
 * further), the move groups, and every flag raised while planning.
 */
public record WavePlan(List<PlannedWave> waves, List<MoveGroup> moveGroups, List<Flag> flags) {
    public WavePlan {
        waves = List.copyOf(Objects.requireNonNull(waves, "waves"));
        moveGroups = List.copyOf(Objects.requireNonNull(moveGroups, "moveGroups"));
        flags = List.copyOf(Objects.requireNonNull(flags, "flags"));
    }

    /** The plan as the model's saved {@code waves}. */
    public List<Wave> toModelWaves() {
        return waves.stream()
            .map(w -> Wave.of(w.id(), w.name(), w.start(), w.applications()))
            .toList();
    }

    /** The wave an application (or unassigned component unit) moves or retires in. */
    public Optional<PlannedWave> waveOf(String unitId) {
        return waves.stream().filter(w -> w.applications().contains(unitId)).findFirst();
    }

    public boolean hasErrors() {
        return flags.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    public List<Flag> flags(String code) {
        return flags.stream().filter(f -> f.code().equals(code)).toList();
    }
}
