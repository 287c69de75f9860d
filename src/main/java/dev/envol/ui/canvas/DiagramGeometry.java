package dev.envol.ui.canvas;

import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Position;
import dev.envol.model.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;

/**
 * Where everything of one architecture sits: component tiles and application containers, in
 * world units. Components never placed go on a simple grid below the placed ones, so a model
 * without positions still shows everything (automatic layout places them properly).
 */
final class DiagramGeometry {
    // the core's tile size, so the canvas, the exports and the automatic layout agree
    static final double TILE_W = dev.envol.layout.DiagramMetrics.TILE_WIDTH;
    static final double TILE_H = dev.envol.layout.DiagramMetrics.TILE_HEIGHT;
    static final double GRID = 20;
    static final double APP_PADDING = 24;

    final List<Placed> tiles = new ArrayList<>();
    final Map<String, Placed> byId = new HashMap<>();
    final Map<Application, Rectangle2D> applications = new LinkedHashMap<>();
    final Architecture architecture;

    DiagramGeometry(Project project, Architecture architecture) {
        this.architecture = architecture;
        ComponentCatalog catalog = ComponentCatalog.standard();
        double maxY = 0;
        for (Component c : architecture.components()) {
            if (c.position() != null) {
                maxY = Math.max(maxY, c.position().y() + TILE_H);
            }
        }
        int unplaced = 0;
        for (Component c : architecture.components()) {
            Position p = c.position();
            if (p == null) {
                p = new Position((unplaced % 10) * (TILE_W + 2 * GRID),
                    maxY + 3 * GRID + (unplaced / 10) * (TILE_H + 3 * GRID));
                unplaced++;
            }
            ComponentType type = catalog.find(c.type()).orElse(null);
            Placed placed = new Placed(c, type, new Rectangle2D(p.x(), p.y(), TILE_W, TILE_H));
            tiles.add(placed);
            byId.put(c.id(), placed);
        }
        for (Application app : project.applications()) {
            Rectangle2D box = null;
            for (Placed t : tiles) {
                if (app.id().equals(t.component().application())) {
                    box = union(box, t.bounds());
                }
            }
            if (box != null) {
                applications.put(app, new Rectangle2D(box.getMinX() - APP_PADDING,
                    box.getMinY() - APP_PADDING - 18, box.getWidth() + 2 * APP_PADDING,
                    box.getHeight() + 2 * APP_PADDING + 18));
            }
        }
    }

    static Rectangle2D union(Rectangle2D a, Rectangle2D b) {
        if (a == null) {
            return b;
        }
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new Rectangle2D(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
            Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }

    /** Everything drawn, for "fit"; null when empty. */
    Rectangle2D extent() {
        Rectangle2D box = null;
        for (Placed t : tiles) {
            box = union(box, t.bounds());
        }
        for (Rectangle2D r : applications.values()) {
            box = union(box, r);
        }
        return box;
    }

    /** The topmost tile at a world point, or null. */
    Placed tileAt(double x, double y) {
        for (int i = tiles.size() - 1; i >= 0; i--) {
            if (tiles.get(i).bounds().contains(x, y)) {
                return tiles.get(i);
            }
        }
        return null;
    }

    /** The innermost application container at a world point, or null. */
    Application applicationAt(double x, double y) {
        Application found = null;
        double area = Double.MAX_VALUE;
        for (var e : applications.entrySet()) {
            Rectangle2D r = e.getValue();
            if (r.contains(x, y) && r.getWidth() * r.getHeight() < area) {
                found = e.getKey();
                area = r.getWidth() * r.getHeight();
            }
        }
        return found;
    }

    static double snap(double v) {
        return Math.round(v / GRID) * GRID;
    }
}
