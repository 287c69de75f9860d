package dev.envol.imports;

import dev.envol.layout.AutoLayout;
import dev.envol.layout.Rect;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Position;
import java.util.Map;

/**
 * Gives every imported component a position, so the model opens laid out in the editor: the
 * same compact {@link AutoLayout} as a model without positions (each application's servers on a
 * near-square grid in its box, the boxes packed like a landscape page, deterministic), with
 * positions rounded to whole units.
 */
final class ModelLayout {
    private ModelLayout() {
    }

    static Architecture place(Architecture architecture) {
        Map<String, Rect> tiles = new AutoLayout().layout(architecture).tiles();
        return architecture.mapComponents(c -> at(c, tiles.get(c.id())));
    }

    private static Component at(Component c, Rect tile) {
        return c.withPosition(new Position(Math.round(tile.x()), Math.round(tile.y())));
    }
}
