package dev.envol.plan;

import dev.envol.model.Application;
import dev.envol.model.Project;
import dev.envol.model.Severity;
import dev.envol.model.Wave;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A wave plan: waves in order (empty waves left out, so ids may skip a number when a pin points
 * further), the move groups, every flag raised while planning, and the cut-over of each
 * application that moves, inside its wave.
 */
public record WavePlan(List<PlannedWave> waves, List<MoveGroup> moveGroups, List<Flag> flags,
                       List<CutoverSchedule> cutovers) {
    public WavePlan {
        waves = List.copyOf(Objects.requireNonNull(waves, "waves"));
        moveGroups = List.copyOf(Objects.requireNonNull(moveGroups, "moveGroups"));
        flags = List.copyOf(Objects.requireNonNull(flags, "flags"));
        cutovers = List.copyOf(Objects.requireNonNull(cutovers, "cutovers"));
    }

    /** A plan without cut-overs. */
    public WavePlan(List<PlannedWave> waves, List<MoveGroup> moveGroups, List<Flag> flags) {
        this(waves, moveGroups, flags, List.of());
    }

    /** The cut-over of an application, if it moves in this plan. */
    public Optional<CutoverSchedule> cutover(String application) {
        return cutovers.stream().filter(c -> c.application().equals(application)).findFirst();
    }

    /** The plan as the model's saved {@code waves}. */
    public List<Wave> toModelWaves() {
        return waves.stream()
            .map(w -> Wave.of(w.id(), w.name(), w.start(), w.applications()))
            .toList();
    }

    /**
     * {@code project} with this plan as its saved {@code waves}. A pin naming a wave by another id
     * (a saved wave called {@code pilot}, say) is renamed to the id of the wave the application is
     * in, so that every pin still names a saved wave.
     */
    public Project writeInto(Project project) {
        List<Wave> saved = toModelWaves();
        Set<String> ids = saved.stream().map(Wave::id).collect(Collectors.toSet());
        List<Application> applications = project.applications().stream()
            .map(a -> a.wave() == null || ids.contains(a.wave()) ? a
                : a.withWave(waveOf(a.id()).map(PlannedWave::id).orElse(null)))
            .toList();
        return project.withApplications(applications).withWaves(saved);
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
