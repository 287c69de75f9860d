package dev.envol.ui.inspector;

import dev.envol.ui.Messages;
import dev.envol.ui.panels.TierBreakdown;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The inspector's "Volume tiers" block of a selected component: per tiered line, this
 * component's share of the item's monthly total at the blended rate, then each tier the total
 * reaches (range, quantity x rate = amount). Hidden when the component has no tiered line.
 */
final class TierSection extends VBox {
    TierSection() {
        super(4);
        setId("inspector-tiers");
        getStyleClass().add("inspector-tiers");
        managedProperty().bind(visibleProperty());
    }

    void show(List<TierBreakdown.LineView> lines, Messages messages) {
        getChildren().clear();
        setVisible(!lines.isEmpty());
        if (lines.isEmpty()) {
            return;
        }
        Label title = new Label(messages.get("inspector.tiers"));
        title.getStyleClass().add("title-4");
        getChildren().add(title);
        for (TierBreakdown.LineView line : lines) {
            getChildren().add(label(line.item() + ": " + line.share(), "inspector-tier-share"));
            for (String tier : line.tiers()) {
                getChildren().add(label("  " + tier, "inspector-tier-row"));
            }
        }
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
