package dev.envol.ui.canvas;

import dev.envol.edit.AddComponentsCommand;
import dev.envol.edit.AddLinkCommand;
import dev.envol.edit.Ids;
import dev.envol.catalog.ComponentType;
import dev.envol.model.Application;
import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Link;
import dev.envol.model.Position;
import dev.envol.model.Props;
import dev.envol.ui.Selection;
import dev.envol.ui.canvas.ThemeColours.Role;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;

/**
 * Mouse gestures on a canvas: select, rubber-band, move (snapped), link from the handle, pan
 * (secondary or middle drag, or scroll), Ctrl+wheel zoom, double-click rename, and drops from the
 * palette. Gestures only compute the edit; the document's history applies it.
 */
final class CanvasInteraction {
    /** Dragboard text prefix the palette uses for a component type. */
    static final String TYPE_PREFIX = DiagramCanvas.TYPE_PREFIX;
    private enum Mode { NONE, MOVE, BAND, LINK, PAN }

    private final DiagramCanvas view;
    private Mode mode = Mode.NONE;
    private Point2D pressScreen;
    private Point2D lastScreen;
    private Placed linkFrom;
    private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
    private Placed tipFor;

    CanvasInteraction(DiagramCanvas view) {
        this.view = view;
        view.setOnMousePressed(this::pressed);
        view.setOnMouseDragged(this::dragged);
        view.setOnMouseReleased(this::released);
        view.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY) {
                Placed t = tileAt(e.getX(), e.getY());
                if (t != null) {
                    RenameField.show(view, t);
                }
            }
        });
        view.setOnScroll(this::scrolled);
        view.setOnMouseMoved(this::hover);
        view.setOnDragOver(this::dragOver);
        view.setOnDragDropped(this::dropped);
    }

    /** Hovering a tile shows its cost, or why it is unpriced. */
    private void hover(MouseEvent e) {
        Placed t = tileAt(e.getX(), e.getY());
        if (t == tipFor) {
            return;
        }
        tipFor = t;
        Badges.Badge badge = t == null ? null : view.badgesProperty().get().badge(t.component().id());
        if (badge == null) {
            javafx.scene.control.Tooltip.uninstall(view, tip);
            return;
        }
        tip.setText(t.component().name() + " (" + t.component().type() + "): " + badge.text()
            + (badge.reason() == null ? "" : "\n" + badge.reason()));
        javafx.scene.control.Tooltip.install(view, tip);
    }

    private Placed tileAt(double sx, double sy) {
        Point2D w = view.viewport.toWorld(sx, sy);
        return view.geometry().tileAt(w.getX(), w.getY());
    }

    private boolean onHandle(Placed t, double sx, double sy) {
        double hx = view.viewport.screenX(t.bounds().getMaxX());
        double hy = view.viewport.screenY(t.centreY());
        return view.scale() >= DiagramRenderer.DETAIL_SCALE && Math.hypot(sx - hx, sy - hy) <= 8;
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressScreen = lastScreen = new Point2D(e.getX(), e.getY());
        if (e.getButton() != MouseButton.PRIMARY) {
            mode = Mode.PAN;
            return;
        }
        Point2D w = view.viewport.toWorld(e.getX(), e.getY());
        Placed t = view.geometry().tileAt(w.getX(), w.getY() );
        Placed handleOwner = handleAt(e.getX(), e.getY());
        if (handleOwner != null) {
            mode = Mode.LINK;
            linkFrom = handleOwner;
            return;
        }
        Selection sel = view.doc.selectionProperty().get();
        if (t == null) {
            Link link = linkAt(w);
            if (link != null) {
                view.doc.selectionProperty().set(Selection.link(view.kind, link));
                mode = Mode.NONE;
                return;
            }
            mode = Mode.BAND;
            if (!e.isShiftDown()) {
                view.doc.selectionProperty().set(Selection.NONE);
            }
            return;
        }
        String id = t.component().id();
        if (e.isShiftDown() || e.isShortcutDown()) {
            Set<String> ids = new HashSet<>(sel.kind() == view.kind ? sel.components() : Set.of());
            if (!ids.remove(id)) {
                ids.add(id);
            }
            view.doc.selectionProperty().set(Selection.of(view.kind, ids));
        } else if (!sel.contains(view.kind, id)) {
            view.doc.selectionProperty().set(Selection.of(view.kind, Set.of(id)));
        }
        mode = Mode.MOVE;
    }

    private Placed handleAt(double sx, double sy) {
        for (Placed t : view.geometry().tiles) {
            if (onHandle(t, sx, sy)) {
                return t;
            }
        }
        return null;
    }

    private Link linkAt(Point2D w) {
        DiagramGeometry geo = view.geometry();
        double tolerance = 6 / view.scale();
        for (DiagramGeometry.Routed r : geo.links) {
            if (Edges.distance(w.getX(), w.getY(), r.path().points()) < tolerance) {
                return r.link();
            }
        }
        return null;
    }

    private void dragged(MouseEvent e) {
        if (mode == Mode.PAN) {
            view.pan(e.getX() - lastScreen.getX(), e.getY() - lastScreen.getY());
        }
        lastScreen = new Point2D(e.getX(), e.getY());
        if (mode == Mode.MOVE && pressScreen.distance(lastScreen) > 3) {
            double s = view.scale();
            view.dragFrame(view.doc.selectionProperty().get().components(),
                (lastScreen.getX() - pressScreen.getX()) / s, (lastScreen.getY() - pressScreen.getY()) / s);
        } else if (mode != Mode.PAN) {
            view.redraw();
        }
    }

    private void released(MouseEvent e) {
        Mode was = mode;
        mode = Mode.NONE;
        view.previewMove(null, 0, 0);
        if (pressScreen == null) {
            return;
        }
        double s = view.scale();
        if (was == Mode.MOVE && pressScreen.distance(e.getX(), e.getY()) > 3) {
            view.moveBy(view.doc.selectionProperty().get().components(),
                (e.getX() - pressScreen.getX()) / s, (e.getY() - pressScreen.getY()) / s);
        } else if (was == Mode.BAND) {
            selectBand(e);
        } else if (was == Mode.LINK) {
            Placed target = tileAt(e.getX(), e.getY());
            if (target != null && target != linkFrom) {
                Link link = Link.of(linkFrom.component().id(), target.component().id(), Coupling.SOFT);
                if (view.doc.edit(new AddLinkCommand(view.kind, link))) {
                    view.doc.selectionProperty().set(Selection.link(view.kind, link));
                }
            }
        }
        view.redraw();
    }

    private void selectBand(MouseEvent e) {
        Point2D a = view.viewport.toWorld(pressScreen.getX(), pressScreen.getY());
        Point2D b = view.viewport.toWorld(e.getX(), e.getY());
        Rectangle2D band = new Rectangle2D(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
            Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY()));
        if (band.getWidth() * view.scale() < 3 && band.getHeight() * view.scale() < 3) {
            return;
        }
        Set<String> ids = view.geometry().tiles.stream().filter(t -> band.contains(t.bounds()))
            .map(t -> t.component().id()).collect(Collectors.toCollection(HashSet::new));
        Selection sel = view.doc.selectionProperty().get();
        if (e.isShiftDown() && sel.kind() == view.kind) {
            ids.addAll(sel.components());
        }
        view.doc.selectionProperty().set(Selection.of(view.kind, ids));
    }

    /** Live feedback drawn over the frame: rubber band, link being drawn (moved tiles are drawn moved). */
    void drawOverlay(GraphicsContext g) {
        if (pressScreen == null || lastScreen == null || mode == Mode.NONE || mode == Mode.PAN) {
            return;
        }
        g.setStroke(view.colours().get(Role.ACCENT));
        g.setLineWidth(1.5);
        g.setLineDashes(4, 4);
        double dx = lastScreen.getX() - pressScreen.getX();
        double dy = lastScreen.getY() - pressScreen.getY();
        if (mode == Mode.BAND) {
            g.strokeRect(Math.min(pressScreen.getX(), lastScreen.getX()),
                Math.min(pressScreen.getY(), lastScreen.getY()), Math.abs(dx), Math.abs(dy));
        } else if (mode == Mode.LINK) {
            g.strokeLine(pressScreen.getX(), pressScreen.getY(), lastScreen.getX(), lastScreen.getY());
        }
        g.setLineDashes();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            view.viewport.zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
            view.redraw();
        } else {
            view.pan(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(TYPE_PREFIX)) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        String text = e.getDragboard().hasString() ? e.getDragboard().getString() : "";
        boolean done = false;
        if (text.startsWith(TYPE_PREFIX)) {
            var type = dev.envol.catalog.ComponentCatalog.standard()
                .find(text.substring(TYPE_PREFIX.length()));
            if (type.isPresent()) {
                place(type.get(), view.viewport.toWorld(e.getX(), e.getY()));
                done = true;
            }
        }
        e.setDropCompleted(done);
        e.consume();
    }

    /** A new component of {@code type} centred on the drop point, in the application under it. */
    private void place(ComponentType type, Point2D at) {
        Set<String> used = view.doc.current().allComponents().map(Component::id)
            .collect(Collectors.toCollection(HashSet::new));
        String id = Ids.fresh(type.key().substring(type.key().indexOf('.') + 1), used);
        Application app = view.geometry().applicationAt(at.getX(), at.getY());
        Position pos = new Position(DiagramGeometry.snap(at.getX() - DiagramGeometry.TILE_W / 2),
            DiagramGeometry.snap(at.getY() - DiagramGeometry.TILE_H / 2));
        Component c = new Component(id, type.displayName(), type.key(),
            app == null ? null : app.id(), Props.empty(), pos, null, false, null, null);
        if (view.doc.edit(AddComponentsCommand.of(view.kind, c))) {
            view.doc.selectionProperty().set(Selection.of(view.kind, Set.of(id)));
        }
    }
}
