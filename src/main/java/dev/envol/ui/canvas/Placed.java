package dev.envol.ui.canvas;

import dev.envol.catalog.ComponentType;
import dev.envol.model.Component;
import javafx.geometry.Rectangle2D;

/** A component with the rectangle it occupies on the canvas, in world units. */
record Placed(Component component, ComponentType type, Rectangle2D bounds) {
    double centreX() {
        return bounds.getMinX() + bounds.getWidth() / 2;
    }

    double centreY() {
        return bounds.getMinY() + bounds.getHeight() / 2;
    }
}
