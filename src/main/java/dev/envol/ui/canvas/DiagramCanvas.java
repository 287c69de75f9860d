package dev.envol.ui.canvas;

import dev.envol.edit.MoveComponentsCommand;
import dev.envol.edit.PasteCommands;
import dev.envol.edit.RemoveComponentsCommand;
import dev.envol.edit.RemoveLinksCommand;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Link;
import dev.envol.model.Position;
import dev.envol.model.Project;
import dev.envol.ui.DocumentViewModel;
import dev.envol.ui.Selection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/**
 * One architecture drawn on an infinite canvas. The view keeps only the viewport; everything it
 * draws comes from the document's snapshot, and every change goes through the document's
 * history.
 */
public final class DiagramCanvas extends Pane {
    /** Dragboard text prefix for a component type dragged from the palette. */
    public static final String TYPE_PREFIX = "envol-type:";
    final DocumentViewModel doc;
    final ArchitectureKind kind;
    final Viewport viewport = new Viewport();
    final Canvas canvas = new Canvas();
    private final ThemeColours colours;
    private final DiagramRenderer renderer;
    private final CopyBuffer copyBuffer;
    private final LayerCache layer = new LayerCache();
    private int theme;
    private final ObjectProperty<Badges.Source> badges = new SimpleObjectProperty<>(Badges.NONE);
    private DiagramGeometry geometry;
    private Project geometryOf;
    private boolean fitPending = true;
    /** While tiles are dragged: the geometry with them moved and their links routed again. */
    private DiagramGeometry dragPreview;
    /** While tiles are dragged: which, and everything else (drawn once, then cached). */
    private Set<String> dragIds;
    private DiagramGeometry dragStill;
    private DiagramGeometry dragStillOf;
    final CanvasInteraction interaction;

    public DiagramCanvas(DocumentViewModel doc, ArchitectureKind kind, CopyBuffer copyBuffer) {
        this.doc = doc;
        this.kind = kind;
        this.copyBuffer = copyBuffer;
        getStyleClass().add("diagram-canvas");
        setId("canvas-" + kind.key());
        setFocusTraversable(true);
        colours = new ThemeColours(this);
        renderer = new DiagramRenderer(colours);
        getChildren().add(canvas);
        interaction = new CanvasInteraction(this);
        doc.projectProperty().addListener((o, a, b) -> {
            if (a == null || b == null || a.architecture(kind) != b.architecture(kind)
                || !a.applications().equals(b.applications())) {
                redraw();
            }
        });
        doc.fileProperty().addListener((o, a, b) -> fitPending = true);
        doc.selectionProperty().addListener((o, a, b) -> redraw());
        badges.addListener((o, a, b) -> redraw());
        widthProperty().addListener((o, a, b) -> resized());
        heightProperty().addListener((o, a, b) -> resized());
    }

    private void resized() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        if (fitPending && getWidth() > 0 && getHeight() > 0) {
            fitPending = false;
            overview();
        } else {
            redraw();
        }
    }

    public ObjectProperty<Badges.Source> badgesProperty() {
        return badges;
    }

    public ArchitectureKind kind() {
        return kind;
    }

    DiagramGeometry geometry() {
        Project p = doc.current();
        if (geometry == null || geometryOf != p) {
            geometry = new DiagramGeometry(p, p.architecture(kind));
            geometryOf = p;
        }
        return geometry;
    }

    /**
     * Paints a frame now, from the cached picture when only the pan offset changed (see
     * {@link LayerCache}); returns the number of tiles on screen.
     */
    public int redraw() {
        Selection sel = doc.selectionProperty().get();
        Set<String> selected = sel.kind() == kind ? sel.components() : Set.of();
        Link link = sel.kind() == kind ? sel.link() : null;
        DiagramGeometry geo = geometry();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (dragPreview != null) {
            // a drag frame: the cached picture of what stays, the moved tiles and links over it
            DiagramGeometry still = dragStill;
            var key = new LayerCache.Key(still, sel, badges.get(), viewport.scale(), w, h, theme);
            layer.paint(canvas.getGraphicsContext2D(), key, viewport, w, h,
                (g, vp, cw, ch) -> renderer.draw(g, still, vp, cw, ch, selected, link, badges.get()));
            renderer.drawResizedBoxes(canvas.getGraphicsContext2D(), still, dragPreview, viewport,
                w, h, selected, link, badges.get());
            renderer.drawMoving(canvas.getGraphicsContext2D(), dragPreview, dragIds, viewport, w, h,
                selected, link, badges.get());
            return renderer.countVisible(dragPreview, viewport.visibleWorld(w, h));
        }
        var key = new LayerCache.Key(geo, sel, badges.get(), viewport.scale(), w, h, theme);
        layer.paint(canvas.getGraphicsContext2D(), key, viewport, w, h,
            (g, vp, cw, ch) -> renderer.draw(g, geo, vp, cw, ch, selected, link, badges.get()));
        interaction.drawOverlay(canvas.getGraphicsContext2D());
        return renderer.countVisible(geo, viewport.visibleWorld(w, h));
    }

    ThemeColours colours() {
        return colours;
    }

    public void themeChanged() {
        renderer.themeChanged();
        theme++;
        redraw();
    }

    public void fit() {
        viewport.fit(geometry().extent(), getWidth(), getHeight());
        redraw();
    }

    /** Fit, but never so small that labels disappear: used when a model is opened. */
    public void overview() {
        viewport.overview(geometry().extent(), getWidth(), getHeight(), 0.6);
        redraw();
    }

    public void actualSize() {
        viewport.actualSize(getWidth(), getHeight());
        redraw();
    }

    public void zoom(double factor) {
        viewport.zoomAt(factor, getWidth() / 2, getHeight() / 2);
        redraw();
    }

    public void pan(double dx, double dy) {
        viewport.pan(dx, dy);
        redraw();
    }

    public double scale() {
        return viewport.scale();
    }

    /** Screen point (in this node) of a component's centre, for tests and the rename field. */
    public javafx.geometry.Point2D centreOf(String id) {
        Placed p = geometry().byId.get(id);
        return new javafx.geometry.Point2D(viewport.screenX(p.centreX()), viewport.screenY(p.centreY()));
    }

    /** Point (in this node) of a component's link handle: the middle of its tile's right edge. */
    public javafx.geometry.Point2D linkHandleOf(String id) {
        Placed p = geometry().byId.get(id);
        return new javafx.geometry.Point2D(viewport.screenX(p.bounds().getMaxX()), viewport.screenY(p.centreY()));
    }

    public void selectAll() {
        doc.selectionProperty().set(Selection.of(kind, geometry().byId.keySet()));
    }

    public void deleteSelection() {
        Selection sel = doc.selectionProperty().get();
        if (sel.kind() != kind || sel.isEmpty()) {
            return;
        }
        if (sel.link() != null) {
            doc.edit(new RemoveLinksCommand(doc.current(), kind, List.of(sel.link())));
        } else {
            doc.edit(new RemoveComponentsCommand(doc.current(), kind, sel.components()));
        }
        doc.selectionProperty().set(Selection.NONE);
    }

    public void copySelection() {
        Selection sel = doc.selectionProperty().get();
        if (sel.kind() != kind || sel.components().isEmpty()) {
            return;
        }
        var arch = doc.current().architecture(kind);
        List<Component> comps = arch.components().stream()
            .filter(c -> sel.components().contains(c.id())).toList();
        copyBuffer.copy(comps, arch.links());
    }

    public void paste() {
        if (copyBuffer.components().isEmpty()) {
            return;
        }
        double d = copyBuffer.nextOffset();
        var command = PasteCommands.paste(doc.current(), kind, copyBuffer.components(),
            copyBuffer.links(), d, d);
        if (doc.edit(command)) {
            doc.selectionProperty().set(Selection.of(kind, command.components().stream()
                .map(Component::id).collect(Collectors.toSet())));
        }
    }

    /**
     * Shows the tiles {@code ids} moved by (dx, dy) world units, snapped as a drop would snap
     * them, with the links the move can change routed again; {@code null} ids end the preview.
     */
    void previewMove(Set<String> ids, double dx, double dy) {
        if (ids == null || ids.isEmpty()) {
            dragPreview = null;
            dragStill = null;
            return;
        }
        DiagramGeometry geo = geometry();
        if (dragStill == null || !ids.equals(dragIds) || dragStillOf != geo) {
            dragIds = Set.copyOf(ids);
            dragStill = geo.without(dragIds);
            dragStillOf = geo;
        }
        Map<String, Position> to = targets(ids, dx, dy);
        if (to.isEmpty()) {
            dragPreview = null;
            dragStill = null;
            return;
        }
        // the places the drop will give them, so the frame shows the drop's boxes
        dragPreview = geo.moved(doc.current(), to);
    }

    /** Where moving the tiles {@code ids} by (dx, dy) world units puts them: snapped to the grid. */
    private Map<String, Position> targets(Set<String> ids, double dx, double dy) {
        Map<String, Position> to = new HashMap<>();
        for (String id : ids) {
            Placed p = geometry().byId.get(id);
            if (p != null) {
                to.put(id, new Position(DiagramGeometry.snap(p.bounds().getMinX() + dx),
                    DiagramGeometry.snap(p.bounds().getMinY() + dy)));
            }
        }
        return to;
    }

    /** What is drawn now: the drag frame's geometry while tiles are dragged, else the model's. */
    DiagramGeometry drawn() {
        return dragPreview != null ? dragPreview : geometry();
    }

    /**
     * One frame of a drag: the tiles {@code ids} shown moved by (dx, dy) world units (snapped),
     * the links the move can change routed again, painted now; the number of tiles on screen.
     */
    public int dragFrame(Set<String> ids, double dx, double dy) {
        previewMove(ids, dx, dy);
        return redraw();
    }

    /** The routes drawn now (the drag preview's while tiles are dragged), for tests. */
    public Map<String, List<dev.envol.layout.Point>> routes() {
        Map<String, List<dev.envol.layout.Point>> routes = new java.util.LinkedHashMap<>();
        for (DiagramGeometry.Routed r : drawn().links) {
            routes.put(r.link().from() + "->" + r.link().to(), r.path().points());
        }
        return routes;
    }

    /** Moves the given components by (dx, dy) world units, snapped to the grid: one edit. */
    void moveBy(Set<String> ids, double dx, double dy) {
        Map<String, Position> to = targets(ids, dx, dy);
        Map<String, Position> from = new HashMap<>();
        for (String id : to.keySet()) {
            from.put(id, geometry().byId.get(id).component().position());
        }
        if (!to.isEmpty() && !to.equals(from)) {
            doc.edit(new MoveComponentsCommand(kind, from, to));
        } else {
            // dropped where it was: the drag's last frame is still on screen
            redraw();
        }
    }
}
