package dev.envol.ui.palette;

import dev.envol.catalog.ComponentType;
import dev.envol.ui.Messages;
import dev.envol.ui.canvas.DiagramCanvas;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;

/** The left palette: a search field over category sections of draggable types. */
public final class PaletteView extends VBox {
    private final PaletteViewModel vm;
    private final VBox sections = new VBox();

    public PaletteView(PaletteViewModel vm, Messages messages) {
        this.vm = vm;
        getStyleClass().add("palette");
        TextField search = new TextField();
        search.setId("palette-search");
        search.setPromptText(messages.get("palette.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        vm.searchProperty().addListener((o, a, b) -> rebuild());
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(search, scroll);
        rebuild();
    }

    private void rebuild() {
        sections.getChildren().clear();
        for (PaletteViewModel.Group g : vm.groups()) {
            Label header = new Label(g.category().displayName());
            header.getStyleClass().add("palette-header");
            sections.getChildren().add(header);
            for (ComponentType t : g.types()) {
                sections.getChildren().add(item(t));
            }
        }
    }

    private HBox item(ComponentType t) {
        FontIcon icon = new FontIcon(t.iconKey());
        icon.setIconSize(16);
        icon.getStyleClass().add("palette-glyph");
        StackPane chip = new StackPane(icon);
        chip.getStyleClass().add("palette-chip");
        // Category colours are fixed by the AWS icon set; themes never change them.
        chip.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
            Color.web(t.category().colour()), new javafx.scene.layout.CornerRadii(4), null)));
        Label name = new Label(t.displayName());
        HBox row = new HBox(8, chip, name);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("palette-item");
        row.setId("palette-" + t.key().replace('.', '-'));
        Tooltip.install(row, new Tooltip(t.key() + (t.description() == null ? "" : "\n" + t.description())));
        row.setOnDragDetected(e -> {
            var board = row.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putString(DiagramCanvas.TYPE_PREFIX + t.key());
            board.setContent(content);
            e.consume();
        });
        return row;
    }
}
