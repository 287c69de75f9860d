package dev.envol.ui.inspector;

import dev.envol.catalog.PropertyKind;
import dev.envol.catalog.PropertySpec;
import dev.envol.model.Application;
import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Cutover;
import dev.envol.model.CutoverMethod;
import dev.envol.model.Link;
import dev.envol.model.PurchaseOption;
import dev.envol.model.Settings;
import dev.envol.ui.Messages;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The right-hand inspector; rebuilt when the selection or the model changes. */
public final class InspectorView extends ScrollPane {
    private final InspectorViewModel vm;
    private final Messages messages;
    private final VBox box = new VBox(8);
    private final TierSection tiers = new TierSection();
    private GridPane grid;
    private int row;

    public InspectorView(InspectorViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().addAll("inspector", "edge-to-edge");
        setFitToWidth(true);
        setContent(box);
        box.getStyleClass().add("inspector-box");
        vm.document().selectionProperty().addListener((o, a, b) -> rebuild());
        vm.document().projectProperty().addListener((o, a, b) -> rebuild());
        // a new estimate redraws the tiers only: a field being typed in keeps its text
        vm.analysisProperty().addListener((o, a, b) -> showTiers());
        rebuild();
    }

    private void rebuild() {
        String focused = getScene() != null && getScene().getFocusOwner() != null
            ? getScene().getFocusOwner().getId() : null;
        box.getChildren().clear();
        grid = new GridPane();
        grid.getStyleClass().add("inspector-grid");
        var labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(120);
        var fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        row = 0;
        if (vm.component().isPresent()) {
            component(vm.component().get());
        } else if (vm.link().isPresent()) {
            link(vm.link().get());
        } else {
            settings(vm.document().current().settings());
        }
        box.getChildren().add(grid);
        box.getChildren().add(tiers);
        showTiers();
        if (focused != null) {
            Node again = box.lookup("#" + focused);
            if (again != null) {
                again.requestFocus();
            }
        }
    }

    private void showTiers() {
        tiers.show(vm.component().map(c -> vm.tiers(c, messages.locale()))
            .orElse(java.util.List.of()), messages);
    }

    private void title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("title-4");
        box.getChildren().add(title);
    }

    private void add(String label, Node field, Label error) {
        Label l = new Label(label);
        l.getStyleClass().add("inspector-label");
        grid.add(l, 0, row);
        grid.add(field, 1, row++);
        if (error != null) {
            grid.add(error, 1, row++);
        }
    }

    private void component(Component c) {
        title(vm.type(c).map(t -> t.displayName()).orElse(c.type()));
        TextField name = text("inspector-name", c.name(), t -> null, vm::rename);
        add(messages.get("inspector.name"), name, null);
        add(messages.get("inspector.type"), new Label(c.type()), null);
        ComboBox<String> app = new ComboBox<>();
        app.setId("inspector-application");
        app.getItems().add("");
        vm.document().current().applications().stream().map(Application::id).forEach(app.getItems()::add);
        app.setValue(c.application() == null ? "" : c.application());
        app.setOnAction(e -> vm.setApplication(app.getValue() == null || app.getValue().isEmpty()
            ? null : app.getValue()));
        add(messages.get("inspector.application"), app, null);
        for (PropertySpec spec : vm.schema(c)) {
            property(c, spec);
        }
        vm.cutoverApplication().ifPresent(this::cutover);
    }

    /** The cut-over of the component's application: applied when a field is committed. */
    private void cutover(Application app) {
        box.getChildren().add(grid);
        grid = new GridPane();
        grid.getStyleClass().add("inspector-grid");
        grid.getColumnConstraints().setAll(box.getChildren().get(box.getChildren().size() - 1)
            instanceof GridPane g ? g.getColumnConstraints() : java.util.List.of());
        title(messages.get("cutover.title", app.name()));
        Cutover c = vm.cutover(app);
        ComboBox<String> method = new ComboBox<>();
        method.setId("cutover-method");
        for (CutoverMethod m : CutoverMethod.values()) {
            method.getItems().add(m.key());
        }
        method.setValue(c.method().key());
        TextField steps = new TextField(c.steps().stream().map(String::valueOf)
            .collect(java.util.stream.Collectors.joining(", ")));
        steps.setId("cutover-steps");
        TextField stepDays = new TextField(String.valueOf(c.stepDays()));
        stepDays.setId("cutover-step-days");
        TextField keepDays = new TextField(c.keepDays() == null ? "" : String.valueOf(c.keepDays()));
        keepDays.setId("cutover-keep-days");
        keepDays.setPromptText(messages.get("cutover.implied"));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Runnable apply = () -> {
            CutoverMethod m = CutoverMethod.fromKey(method.getValue()).orElse(c.method());
            String stepText = m == CutoverMethod.BIG_BANG ? "100" : steps.getText();
            String keepText = m == CutoverMethod.WEIGHTED_DNS && keepDays.getText().isBlank()
                ? String.valueOf(Cutover.DEFAULT_KEEP_DAYS) : keepDays.getText();
            error.setText(nz(vm.setCutover(m, stepText, stepDays.getText(), keepText)));
        };
        method.setOnAction(e -> apply.run());
        for (TextField tf : java.util.List.of(steps, stepDays, keepDays)) {
            tf.setOnAction(e -> apply.run());
            tf.focusedProperty().addListener((o, was, now) -> {
                if (!now && getScene() != null) {
                    apply.run();
                }
            });
        }
        javafx.scene.control.Button reset = new javafx.scene.control.Button(
            messages.get("cutover.default"));
        reset.setId("cutover-default");
        reset.setDisable(app.cutover() == null);
        reset.setOnAction(e -> vm.resetCutover());
        add(messages.get("cutover.method"), method, null);
        add(messages.get("cutover.steps"), steps, null);
        add(messages.get("cutover.stepDays"), stepDays, null);
        add(messages.get("cutover.keepDays"), keepDays, error);
        add("", reset, null);
    }

    private void property(Component c, PropertySpec spec) {
        String label = spec.name() + (spec.unit().isEmpty() ? "" : " (" + spec.unit() + ")");
        String id = "prop-" + spec.name();
        Node field;
        if (spec.kind() == PropertyKind.BOOLEAN) {
            CheckBox box = new CheckBox();
            box.setId(id);
            Object v = c.props().get(spec.name());
            box.setSelected(v instanceof Boolean b ? b : Boolean.TRUE.equals(spec.defaultValue()));
            box.setOnAction(e -> vm.setProperty(spec, String.valueOf(box.isSelected())));
            field = box;
            add(label, field, null);
        } else if (spec.kind() == PropertyKind.CHOICE) {
            ComboBox<String> combo = new ComboBox<>();
            combo.setId(id);
            combo.getItems().add("");
            combo.getItems().addAll(spec.choices());
            combo.setValue(vm.valueText(c, spec));
            combo.setPromptText(PropertyValues.format(spec.defaultValue()));
            combo.setOnAction(e -> vm.setProperty(spec, combo.getValue()));
            add(label, combo, null);
            field = combo;
        } else {
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setManaged(false);
            TextField tf = text(id, vm.valueText(c, spec), t -> vm.validate(spec, t), t -> vm.setProperty(spec, t));
            tf.setPromptText(spec.defaultValue() == null ? (spec.required() ? messages.get("inspector.required") : "")
                : messages.get("inspector.default", PropertyValues.format(spec.defaultValue())));
            tf.textProperty().addListener((o, a, b) -> {
                String reason = vm.validate(spec, b);
                error.setText(reason == null ? "" : reason);
                error.setManaged(reason != null);
            });
            add(label, tf, error);
            field = tf;
        }
        if (!spec.description().isEmpty()) {
            Tooltip.install(field, new Tooltip(spec.description()));
        }
    }

    /** A text field validated as you type, committed on Enter or when it loses focus. */
    private TextField text(String id, String value, Function<String, String> validate,
                           Consumer<String> commit) {
        TextField tf = new TextField(value);
        tf.setId(id);
        tf.textProperty().addListener((o, a, b) ->
            tf.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), validate.apply(b) != null));
        Runnable apply = () -> {
            if (validate.apply(tf.getText()) == null && !tf.getText().equals(value)) {
                commit.accept(tf.getText());
            }
        };
        tf.setOnAction(e -> apply.run());
        tf.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
        return tf;
    }

    private void link(Link l) {
        title(messages.get("inspector.link", l.from(), l.to()));
        ComboBox<Coupling> coupling = new ComboBox<>();
        coupling.setId("inspector-coupling");
        coupling.getItems().addAll(Coupling.values());
        coupling.setValue(l.coupling());
        coupling.setOnAction(e -> vm.setCoupling(coupling.getValue()));
        add(messages.get("inspector.coupling"), coupling, null);
        add(messages.get("inspector.protocol"), text("inspector-protocol", nz(l.protocol()), t -> null,
            t -> vm.setLink(l.withProtocol(t.isBlank() ? null : t.strip()), "Change protocol")), null);
        add(messages.get("inspector.label"), text("inspector-label", nz(l.label()), t -> null,
            t -> vm.setLink(l.withLabel(t.isBlank() ? null : t.strip()), "Change label")), null);
    }

    private void settings(Settings s) {
        title(messages.get("inspector.settings"));
        for (SettingsFields.Field f : SettingsFields.ALL) {
            if (f.key().equals("pricing")) {
                ComboBox<String> combo = new ComboBox<>();
                combo.setId("setting-pricing");
                for (PurchaseOption p : PurchaseOption.values()) {
                    combo.getItems().add(p.key());
                }
                combo.setValue(s.pricing().key());
                combo.setOnAction(e -> vm.setSettings(f.write().apply(s, combo.getValue()), "Change pricing"));
                add(f.key(), combo, null);
                continue;
            }
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            Function<String, String> check = t -> {
                try {
                    f.write().apply(s, t);
                    return null;
                } catch (IllegalArgumentException | ArithmeticException e) {
                    return e.getMessage() == null ? "invalid" : e.getMessage();
                }
            };
            TextField tf = text("setting-" + f.key(), f.read().apply(s), check,
                t -> vm.setSettings(f.write().apply(s, t), "Change " + f.key()));
            tf.textProperty().addListener((o, a, b) -> error.setText(nz(check.apply(b))));
            add(f.key(), tf, error);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
