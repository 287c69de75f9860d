package dev.envol.ui.panels;

import dev.envol.edit.ChangeWavesCommand;
import dev.envol.edit.PinApplicationCommand;
import dev.envol.model.ArchitectureKind;
import dev.envol.plan.CutoverSchedule;
import dev.envol.plan.Cutovers;
import dev.envol.plan.DependencyWavePlanner;
import dev.envol.plan.Flag;
import dev.envol.plan.WavePlan;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import dev.envol.model.Application;
import dev.envol.model.Project;
import dev.envol.model.Wave;
import dev.envol.ui.DocumentViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lanes of the saved waves with their applications, and pinning an application to a lane. */
public final class WavesViewModel {
    /** One lane: a wave (null for "not in a wave") and its applications. */
    public record Lane(Wave wave, List<Application> applications) {
    }

    private final DocumentViewModel doc;
    private final ObservableList<Flag> flags = FXCollections.observableArrayList();

    public WavesViewModel(DocumentViewModel doc) {
        this.doc = doc;
    }

    public DocumentViewModel document() {
        return doc;
    }

    /**
     * One lane per saved wave: an application is in the wave it is pinned to, else in the saved
     * wave listing it; the rest in a last "unplanned" lane.
     */
    public List<Lane> lanes() {
        Project p = doc.current();
        Map<String, List<Application>> byWave = new LinkedHashMap<>();
        p.waves().forEach(w -> byWave.put(w.id(), new ArrayList<>()));
        List<Application> unplanned = new ArrayList<>();
        for (Application a : p.applications()) {
            String wave = a.wave() != null ? a.wave() : p.waves().stream()
                .filter(w -> w.applications().contains(a.id())).map(Wave::id).findFirst().orElse(null);
            byWave.getOrDefault(wave, unplanned).add(a);
        }
        List<Lane> lanes = new ArrayList<>();
        p.waves().forEach(w -> lanes.add(new Lane(w, byWave.get(w.id()))));
        lanes.add(new Lane(null, unplanned));
        return lanes;
    }

    /** Runs the wave planner on the current snapshot (call off the UI thread). */
    public WavePlan plan(Project snapshot) {
        return new DependencyWavePlanner().plan(snapshot);
    }

    /** Saves a plan's waves into the model (one undoable edit) and lists its flags. */
    public void apply(WavePlan plan) {
        flags.setAll(plan.flags());
        List<Wave> waves = plan.toModelWaves();
        if (!waves.equals(doc.current().waves())) {
            doc.edit(new ChangeWavesCommand(doc.current().waves(), waves));
        }
    }

    public ObservableList<Flag> flags() {
        return flags;
    }

    /** Selects on the canvas the components a flag is about. */
    public void select(Flag flag) {
        ArchitectureKind kind = flag.architecture() == null ? ArchitectureKind.CURRENT : flag.architecture();
        java.util.Set<String> ids = new java.util.HashSet<>(flag.components());
        if (ids.isEmpty()) {
            doc.current().architecture(kind).components().stream()
                .filter(c -> flag.applications().contains(c.application()))
                .forEach(c -> ids.add(c.id()));
        }
        doc.selectionProperty().set(dev.envol.ui.Selection.of(kind, ids));
    }

    /**
     * The cut-over of an application in a lane's wave (none outside a wave, and none for an
     * application that is retained or retired).
     */
    public java.util.Optional<CutoverSchedule> cutover(Application app, Wave wave) {
        if (wave == null || !app.strategy().moves()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Cutovers.schedule(doc.current(), app, wave.id(),
            wave.start()));
    }

    /** Selects one component of the application, so that the inspector shows its cut-over. */
    public void selectApplication(String applicationId) {
        Project p = doc.current();
        for (ArchitectureKind kind : List.of(ArchitectureKind.TARGET, ArchitectureKind.CURRENT)) {
            var first = p.architecture(kind).components().stream()
                .filter(c -> applicationId.equals(c.application())).findFirst();
            if (first.isPresent()) {
                doc.selectionProperty().set(dev.envol.ui.Selection.of(kind,
                    java.util.Set.of(first.get().id())));
                return;
            }
        }
    }

    public void pin(String applicationId, String waveId) {
        var app = doc.current().application(applicationId);
        if (app.isPresent() && !java.util.Objects.equals(app.get().wave(), waveId)) {
            doc.edit(PinApplicationCommand.of(doc.current(), applicationId, waveId));
        }
    }
}
