package dev.envol.ui.panels;

import dev.envol.model.Application;
import dev.envol.ui.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One lane per wave with its applications, each with its cut-over drawn across the lane
 * ({@link CutoverStrip}); drag an application to another lane to pin it there, click it to edit
 * its cut-over in the inspector.
 * "Plan waves" needs the planner, which says so while it is not in the build.
 */
public final class WavesPanel extends VBox {
    private static final String APP_PREFIX = "envol-app:";
    private final WavesViewModel vm;
    private final Messages messages;
    private final HBox lanes = new HBox(8);

    public WavesPanel(WavesViewModel vm, Messages messages, Runnable planAction) {
        this.vm = vm;
        this.messages = messages;
        Button plan = new Button(messages.get("waves.plan"));
        plan.setId("waves-plan");
        plan.setOnAction(e -> planAction.run());
        Label hint = new Label(messages.get("waves.hint"));
        hint.getStyleClass().add("text-muted");
        HBox bar = new HBox(8, plan, hint);
        bar.getStyleClass().add("panel-bar");
        ScrollPane scroll = new ScrollPane(lanes);
        scroll.setFitToHeight(true);
        javafx.scene.control.ListView<dev.envol.plan.Flag> flags = new javafx.scene.control.ListView<>(vm.flags());
        flags.setId("waves-flags");
        flags.setPrefWidth(380);
        flags.setPlaceholder(new Label(messages.get("waves.noFlags")));
        flags.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(dev.envol.plan.Flag f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.severity().name().toLowerCase() + "  " + f.code() + ": " + f.message());
            }
        });
        flags.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.select(b);
            }
        });
        HBox body = new HBox(8, scroll, flags);
        HBox.setHgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(bar, body);
        getStyleClass().add("panel");
        vm.document().projectProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        lanes.getChildren().clear();
        for (WavesViewModel.Lane lane : vm.lanes()) {
            VBox box = new VBox(4);
            box.getStyleClass().add("wave-lane");
            String waveId = lane.wave() == null ? null : lane.wave().id();
            Label title = new Label(lane.wave() == null ? messages.get("waves.unplanned")
                : lane.wave().name() + "  ·  " + lane.wave().start());
            title.getStyleClass().add("wave-title");
            box.getChildren().add(title);
            for (Application a : lane.applications()) {
                Label chip = new Label(a.name() + (a.wave() != null ? "  📌" : ""));
                chip.getStyleClass().add("wave-app");
                Tooltip.install(chip, new Tooltip(a.id() + " · " + a.strategy().name().toLowerCase()));
                chip.setOnDragDetected(e -> {
                    ClipboardContent c = new ClipboardContent();
                    c.putString(APP_PREFIX + a.id());
                    chip.startDragAndDrop(TransferMode.MOVE).setContent(c);
                    e.consume();
                });
                chip.setOnMouseClicked(e -> vm.selectApplication(a.id()));
                box.getChildren().add(chip);
                vm.cutover(a, lane.wave()).ifPresent(c -> {
                    CutoverStrip strip = new CutoverStrip(c, messages);
                    strip.setOnMouseClicked(e -> vm.selectApplication(a.id()));
                    Label dates = new Label(CutoverStrip.summary(c));
                    dates.getStyleClass().add("cutover-dates");
                    box.getChildren().addAll(strip, dates);
                });
            }
            box.setOnDragOver(e -> {
                if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(APP_PREFIX)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
            });
            box.setOnDragDropped(e -> {
                vm.pin(e.getDragboard().getString().substring(APP_PREFIX.length()), waveId);
                e.setDropCompleted(true);
            });
            lanes.getChildren().add(box);
        }
    }
}
