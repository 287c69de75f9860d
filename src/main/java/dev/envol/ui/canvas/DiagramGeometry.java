package dev.envol.ui.canvas;

import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Link;
import dev.envol.layout.EdgePath;
import dev.envol.layout.LinkRouter;
import dev.envol.layout.Point;
import dev.envol.layout.Rect;
import dev.envol.model.Position;
import dev.envol.model.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;

/**
 * Where everything of one architecture sits: component tiles, application containers and the
 * links' routes, in world units. Components never placed go on a simple grid below the placed
 * ones, so a model without positions still shows everything (automatic layout places them
 * properly). Containers have the exports' margins and links are routed by the same
 * {@link LinkRouter}, so a placed model looks the same on the canvas and in every export.
 */
final class DiagramGeometry {
    // the core's tile size, so the canvas, the exports and the automatic layout agree
    static final double TILE_W = dev.envol.layout.DiagramMetrics.TILE_WIDTH;
    static final double TILE_H = dev.envol.layout.DiagramMetrics.TILE_HEIGHT;
    static final double GRID = 20;
    static final double APP_PADDING = dev.envol.layout.DiagramMetrics.CONTAINER_PADDING;
    static final double APP_LABEL = dev.envol.layout.DiagramMetrics.CONTAINER_LABEL_HEIGHT;

    final List<Placed> tiles;
    final Map<String, Placed> byId;
    final Map<Application, Rectangle2D> applications;
    final Architecture architecture;
    /** The routed links, each with the link it draws (links with a missing end are not drawn). */
    final List<Routed> links;

    /** {@code provisional}: a drag frame's elbow, not yet routed around tiles. */
    record Routed(Link link, EdgePath path, Rectangle2D bounds, boolean provisional) {
        Routed(Link link, EdgePath path) {
            this(link, path, boundsOf(path), false);
        }
    }

    DiagramGeometry(Project project, Architecture architecture) {
        this(architecture);
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
        boxApplications(project);
        route();
    }

    /**
     * A drag frame: a copy where the tiles {@code moved} stand at their new places, the
     * application boxes enclose them as the drop's geometry will, and only their own links are
     * routed again, by the router's cheap bounded preview; every other link keeps its route (the
     * drop routes the whole diagram again, as the exports do).
     */
    private DiagramGeometry(DiagramGeometry from, Project project, Map<String, Position> moved) {
        this(from.architecture);
        for (Placed p : from.tiles) {
            Position to = moved.get(p.component().id());
            Placed q = to == null ? p
                : new Placed(p.component(), p.type(), new Rectangle2D(to.x(), to.y(), TILE_W, TILE_H));
            tiles.add(q);
            byId.put(q.component().id(), q);
        }
        boxApplications(project);
        LinkRouter router = null;
        for (Routed r : from.links) {
            if (!moved.containsKey(r.link().from()) && !moved.containsKey(r.link().to())) {
                links.add(r);
                continue;
            }
            router = router != null ? router : router();
            LinkRouter.Preview preview = router.preview(r.link());
            if (preview != null) {
                links.add(new Routed(r.link(), preview.path(), boundsOf(preview.path()),
                    preview.provisional()));
            }
        }
    }

    private DiagramGeometry(Architecture architecture) {
        this(architecture, new ArrayList<>(), new HashMap<>(), new LinkedHashMap<>(), new ArrayList<>());
    }

    private DiagramGeometry(Architecture architecture, List<Placed> tiles, Map<String, Placed> byId,
                            Map<Application, Rectangle2D> applications, List<Routed> links) {
        this.architecture = architecture;
        this.tiles = tiles;
        this.byId = byId;
        this.applications = applications;
        this.links = links;
    }

    /**
     * These tiles and links in {@code boxes}' application containers (shared, not copied): what
     * stays in place during a drag, with the drag frame's boxes.
     */
    DiagramGeometry withApplications(Map<Application, Rectangle2D> boxes) {
        return new DiagramGeometry(architecture, tiles, byId, boxes, links);
    }

    /**
     * This geometry without the tiles {@code ids} and their links: what stays in place while
     * they are dragged, drawn once into the canvas's cached picture.
     */
    DiagramGeometry without(java.util.Set<String> ids) {
        DiagramGeometry still = new DiagramGeometry(architecture);
        for (Placed p : tiles) {
            if (!ids.contains(p.component().id())) {
                still.tiles.add(p);
                still.byId.put(p.component().id(), p);
            }
        }
        still.applications.putAll(applications);
        for (Routed r : links) {
            if (!ids.contains(r.link().from()) && !ids.contains(r.link().to())) {
                still.links.add(r);
            }
        }
        return still;
    }

    /** This geometry with the tiles of {@code to} at those places: the frame of a drag. */
    DiagramGeometry moved(Project project, Map<String, Position> to) {
        return new DiagramGeometry(this, project, to);
    }

    private LinkRouter router() {
        Map<String, Rect> rects = new LinkedHashMap<>();
        for (Placed t : tiles) {
            Rectangle2D b = t.bounds();
            rects.put(t.component().id(), new Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
        }
        List<Rect> boxes = new ArrayList<>();
        for (Rectangle2D b : applications.values()) {
            boxes.add(new Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
        }
        return new LinkRouter(rects, boxes);
    }

    private void route() {
        List<Link> drawn = new ArrayList<>();
        for (Link l : architecture.links()) {
            if (byId.containsKey(l.from()) && byId.containsKey(l.to()) && !l.from().equals(l.to())) {
                drawn.add(l);
            }
        }
        List<EdgePath> paths = router().route(drawn);
        for (int i = 0; i < drawn.size(); i++) {
            links.add(new Routed(drawn.get(i), paths.get(i)));
        }
    }

    private static Rectangle2D boundsOf(EdgePath path) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : path.points()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        // arrowheads stick out a little
        return new Rectangle2D(minX - 10, minY - 10, maxX - minX + 20, maxY - minY + 20);
    }

    private void boxApplications(Project project) {
        Map<String, Rectangle2D> around = new HashMap<>();
        for (Placed t : tiles) {
            String app = t.component().application();
            if (app != null) {
                around.merge(app, t.bounds(), DiagramGeometry::union);
            }
        }
        for (Application app : project.applications()) {
            Rectangle2D box = around.get(app.id());
            if (box != null) {
                applications.put(app, new Rectangle2D(box.getMinX() - APP_PADDING,
                    box.getMinY() - APP_PADDING - APP_LABEL, box.getWidth() + 2 * APP_PADDING,
                    box.getHeight() + 2 * APP_PADDING + APP_LABEL));
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
