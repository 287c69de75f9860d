package dev.envol.ui.panels;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** What a panel shows while the engine behind it is not part of the build. */
public final class NotAvailable extends StackPane {
    public NotAvailable(String message) {
        Label label = new Label(message, new FontIcon("mdi2i-information-outline"));
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        getStyleClass().add("not-available");
        getChildren().add(label);
    }
}
