package dev.envol.ui.inspector;

import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.catalog.PropertySpec;
import dev.envol.edit.ChangeApplicationCommand;
import dev.envol.edit.ChangeCutoverCommand;
import dev.envol.edit.ChangeLinkCommand;
import dev.envol.edit.ChangePropertyCommand;
import dev.envol.edit.ChangeSettingsCommand;
import dev.envol.edit.RenameComponentCommand;
import dev.envol.cost.ComponentCost;
import dev.envol.model.Application;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Cutover;
import dev.envol.model.CutoverMethod;
import dev.envol.model.Coupling;
import dev.envol.model.Link;
import dev.envol.model.Settings;
import dev.envol.ui.DocumentViewModel;
import dev.envol.ui.Selection;
import dev.envol.ui.panels.AnalysisViewModel;
import dev.envol.ui.panels.TierBreakdown;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the inspector shows and the edits it makes. Values are validated before any edit: a
 * refused value never reaches the model.
 */
public final class InspectorViewModel {
    private final DocumentViewModel doc;
    private final ObjectProperty<AnalysisViewModel.Analysis> analysis;

    /** Without costs: the inspector shows no volume tiers. */
    public InspectorViewModel(DocumentViewModel doc) {
        this(doc, new SimpleObjectProperty<>());
    }

    /** With the estimates of the open model, for the volume tiers of a selected component. */
    public InspectorViewModel(DocumentViewModel doc,
                              ObjectProperty<AnalysisViewModel.Analysis> analysis) {
        this.doc = doc;
        this.analysis = analysis;
    }

    /** The latest estimate; the inspector redraws its tiers when it changes. */
    public ObjectProperty<AnalysisViewModel.Analysis> analysisProperty() {
        return analysis;
    }

    /**
     * The volume tiers of {@code c} in the latest estimate, as the cost badge and the Costs
     * panel word them; empty when it has none or nothing is estimated yet.
     */
    public List<TierBreakdown.LineView> tiers(Component c, Locale locale) {
        AnalysisViewModel.Analysis a = analysis.get();
        if (a == null) {
            return List.of();
        }
        ArchitectureKind kind = doc.selectionProperty().get().kind();
        for (ComponentCost cost : a.costs().architecture(kind).components()) {
            if (cost.id().equals(c.id())) {
                return TierBreakdown.lines(cost, a.costs().currency(), locale);
            }
        }
        return List.of();
    }

    public DocumentViewModel document() {
        return doc;
    }

    /** The single selected component, if exactly one is selected. */
    public Optional<Component> component() {
        Selection sel = doc.selectionProperty().get();
        if (sel.components().size() != 1) {
            return Optional.empty();
        }
        String id = sel.components().iterator().next();
        return doc.current().architecture(sel.kind()).component(id);
    }

    public Optional<Link> link() {
        Selection sel = doc.selectionProperty().get();
        if (sel.link() == null) {
            return Optional.empty();
        }
        return doc.current().architecture(sel.kind()).links().stream()
            .filter(sel.link()::equals).findFirst();
    }

    public Optional<ComponentType> type(Component c) {
        return ComponentCatalog.standard().find(c.type());
    }

    /** The rows: every property of the type's schema, then {@code count}. */
    public List<PropertySpec> schema(Component c) {
        return type(c).map(ComponentType::properties).orElse(List.of());
    }

    public String valueText(Component c, PropertySpec spec) {
        return PropertyValues.format(c.props().get(spec.name()));
    }

    /** Null when the text is acceptable, else the reason. */
    public String validate(PropertySpec spec, String text) {
        return PropertyValues.parse(spec, text).error();
    }

    /** Sets a property from text; false (and nothing changed) when the text is refused. */
    public boolean setProperty(PropertySpec spec, String text) {
        Component c = component().orElseThrow();
        PropertyValues.Parsed parsed = PropertyValues.parse(spec, text);
        if (!parsed.ok() || Objects.equals(parsed.value(), c.props().get(spec.name()))) {
            return parsed.ok();
        }
        var kind = doc.selectionProperty().get().kind();
        return doc.edit(ChangePropertyCommand.of(doc.current(), kind, c.id(), spec.name(), parsed.value()));
    }

    public boolean rename(String name) {
        Component c = component().orElseThrow();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.equals(c.name())) {
            return !n.isEmpty();
        }
        return doc.edit(new RenameComponentCommand(doc.selectionProperty().get().kind(), c.id(), c.name(), n));
    }

    public void setApplication(String applicationId) {
        Component c = component().orElseThrow();
        if (!Objects.equals(applicationId, c.application())) {
            doc.edit(new ChangeApplicationCommand(doc.selectionProperty().get().kind(), c.id(),
                c.application(), applicationId));
        }
    }

    public void setLink(Link changed, String description) {
        Link l = link().orElseThrow();
        if (!changed.equals(l) && doc.edit(new ChangeLinkCommand(doc.selectionProperty().get().kind(),
            l, changed, description))) {
            doc.selectionProperty().set(Selection.link(doc.selectionProperty().get().kind(), changed));
        }
    }

    public void setCoupling(Coupling coupling) {
        setLink(link().orElseThrow().withCoupling(coupling), "Make link " + coupling.key());
    }

    /** The application of the selected component, when it moves (so it has a cut-over). */
    public Optional<Application> cutoverApplication() {
        return component().flatMap(c -> doc.current().application(c.application()))
            .filter(a -> a.strategy().moves());
    }

    /** The cut-over the application follows (its own or the default). */
    public Cutover cutover(Application app) {
        return Cutover.of(doc.current(), app);
    }

    /**
     * Sets the application's cut-over from the inspector's texts; returns the reason when they
     * make no cut-over (nothing changed), else {@code null}. A blank keepDays of a big bang
     * follows {@code dualRunMonths}.
     */
    public String setCutover(CutoverMethod method, String steps, String stepDays, String keepDays) {
        Application app = cutoverApplication().orElseThrow();
        List<Integer> parsed = new java.util.ArrayList<>();
        Integer step;
        Integer keep;
        try {
            for (String part : steps.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    parsed.add(Integer.parseInt(part.strip().replace("%", "")));
                }
            }
            step = Integer.parseInt(stepDays.strip());
            keep = keepDays.isBlank() ? null : Integer.valueOf(keepDays.strip());
        } catch (NumberFormatException e) {
            return "whole numbers only";
        }
        if (method == CutoverMethod.BIG_BANG && !parsed.equals(Cutover.BIG_BANG_STEPS)) {
            return "a big bang has the one step 100";
        }
        if (keep == null && method == CutoverMethod.WEIGHTED_DNS) {
            return "keepDays is required";
        }
        String problem = Cutover.problem(parsed, step, keep);
        if (problem != null) {
            return problem;
        }
        Cutover changed = new Cutover(method, parsed, step, keep,
            app.cutover() == null ? null : app.cutover().extra());
        if (!changed.equals(cutover(app))) {
            doc.edit(ChangeCutoverCommand.of(doc.current(), app.id(), changed));
        }
        return null;
    }

    /** Back to the default cut-over (one undoable edit). */
    public void resetCutover() {
        Application app = cutoverApplication().orElseThrow();
        if (app.cutover() != null) {
            doc.edit(ChangeCutoverCommand.of(doc.current(), app.id(), null));
        }
    }

    public void setSettings(Settings changed, String description) {
        Settings before = doc.current().settings();
        if (!changed.equals(before)) {
            doc.edit(new ChangeSettingsCommand(before, changed, description));
        }
    }
}
