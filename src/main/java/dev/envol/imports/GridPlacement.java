package dev.envol.imports;

import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places imported components on a grid, one band per application (in the order they appear), so
 * an imported model opens with every tile visible and each application's servers together. An
 * inventory has no links, so there is no dependency order to lay out.
 */
final class GridPlacement {
    /** Tile pitch: diagrams draw 140 x 104 tiles; the rest is air between them. */
    static final double COLUMN_STEP = 170;
    static final double ROW_STEP = 130;
    /** Between application bands: room for both boxes' padding and the next box's label. */
    static final double BAND_GAP = 60;
    static final double LEFT = 40;
    static final double TOP = 70;
    static final int PER_LINE = 8;

    private GridPlacement() {
    }

    static Architecture place(Architecture architecture) {
        Map<String, List<Component>> byApplication = new LinkedHashMap<>();
        for (Component c : architecture.components()) {
            byApplication.computeIfAbsent(String.valueOf(c.application()), k -> new ArrayList<>())
                .add(c);
        }
        List<Component> placed = new ArrayList<>();
        double y = TOP;
        for (List<Component> band : byApplication.values()) {
            for (int i = 0; i < band.size(); i++) {
                double x = LEFT + (i % PER_LINE) * COLUMN_STEP;
                double rowY = y + (i / PER_LINE) * ROW_STEP;
                placed.add(band.get(i).withPosition(new Position(x, rowY)));
            }
            int lines = (band.size() + PER_LINE - 1) / PER_LINE;
            y += lines * ROW_STEP + BAND_GAP;
        }
        return architecture.withComponents(placed);
    }
}
