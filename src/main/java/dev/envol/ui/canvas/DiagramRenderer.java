package dev.envol.ui.canvas;

import dev.envol.model.Application;
import dev.envol.model.Link;
import dev.envol.ui.canvas.ThemeColours.Role;
import dev.envol.layout.Point;
import dev.envol.layout.TileLabel;
import java.util.List;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints one frame: grid, application containers, links, tiles, selection. Only what intersects
 * the screen is drawn; below {@link #DETAIL_SCALE} tiles are plain coloured blocks (no text,
 * icon or badge) and below {@link #ARROW_SCALE} links lose their arrowheads.
 */
final class DiagramRenderer {
    static final double DETAIL_SCALE = 0.45;
    static final double ARROW_SCALE = 0.3;
    private final ThemeColours colours;
    private final IconCache icons = new IconCache();
    private final TileNames names = new TileNames();
    private final Font label = Font.font("System", 12);
    private final Font small = Font.font("System", 10);

    private Font nameFont = Font.font(TileNames.FAMILY, TileLabel.FONT_SIZE);

    DiagramRenderer(ThemeColours colours) {
        this.colours = colours;
    }

    void themeChanged() {
        icons.clear();
    }

    /** Draws and returns how many tiles were on screen (for the performance harness). */
    int draw(GraphicsContext g, DiagramGeometry geo, Viewport vp, double w, double h,
             Set<String> selected, Link selectedLink, Badges.Source badges) {
        // clearRect over the whole canvas also drops the previous frame's queued commands
        g.clearRect(0, 0, w, h);
        g.setFill(colours.get(Role.BACKGROUND));
        g.fillRect(0, 0, w, h);
        drawGrid(g, vp, w, h);
        Rectangle2D view = vp.visibleWorld(w, h);
        drawApplications(g, geo, vp, view);
        drawLinks(g, geo.links, vp, view, selectedLink);
        int shown = 0;
        boolean detail = vp.scale() >= DETAIL_SCALE;
        // a tile's handle, badge and selection stick out of it by up to 8 px: a tile just outside
        // a strip of the view (a pan's, a drag frame's box repaint) still draws into it
        double out = 10 / vp.scale();
        Rectangle2D near = new Rectangle2D(view.getMinX() - out, view.getMinY() - out,
            view.getWidth() + 2 * out, view.getHeight() + 2 * out);
        for (Placed t : geo.tiles) {
            if (t.bounds().intersects(near)) {
                drawTile(g, t, vp, detail, selected.contains(t.component().id()), badges);
                shown += t.bounds().intersects(view) ? 1 : 0;
            }
        }
        return shown;
    }

    /** How many tiles intersect {@code view}: what a frame of that view shows. */
    int countVisible(DiagramGeometry geo, Rectangle2D view) {
        int shown = 0;
        for (Placed t : geo.tiles) {
            if (t.bounds().intersects(view)) {
                shown++;
            }
        }
        return shown;
    }

    private void drawGrid(GraphicsContext g, Viewport vp, double w, double h) {
        double step = DiagramGeometry.GRID * vp.scale();
        while (step < 12) {
            step *= 5;
        }
        g.setStroke(colours.get(Role.GRID));
        g.setLineWidth(1);
        g.setLineDashes();
        double startX = vp.screenX(0) % step;
        double startY = vp.screenY(0) % step;
        for (double x = startX; x < w; x += step) {
            g.strokeLine(Math.floor(x) + 0.5, 0, Math.floor(x) + 0.5, h);
        }
        for (double y = startY; y < h; y += step) {
            g.strokeLine(0, Math.floor(y) + 0.5, w, Math.floor(y) + 0.5);
        }
    }

    private void drawApplications(GraphicsContext g, DiagramGeometry geo, Viewport vp,
                                  Rectangle2D view) {
        double s = vp.scale();
        for (var e : geo.applications.entrySet()) {
            Rectangle2D r = e.getValue();
            if (!r.intersects(view)) {
                continue;
            }
            double x = vp.screenX(r.getMinX());
            double y = vp.screenY(r.getMinY());
            g.setFill(colours.get(Role.APP_FILL));
            g.fillRoundRect(x, y, r.getWidth() * s, r.getHeight() * s, 16 * s, 16 * s);
            g.setStroke(colours.get(Role.APP_BORDER));
            g.setLineWidth(1);
            g.strokeRoundRect(x, y, r.getWidth() * s, r.getHeight() * s, 16 * s, 16 * s);
            if (s >= DETAIL_SCALE) {
                Application app = e.getKey();
                g.setFill(colours.get(Role.MUTED));
                g.setFont(label);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.TOP);
                g.fillText(app.name() + (app.domain() == null ? "" : "  ·  " + app.domain()),
                    x + 10, y + 6);
            }
        }
    }

    /**
     * Draws over the cached picture of {@code still} (what a drag leaves in place, with the
     * application boxes as they were) the boxes that the drag frame {@code frame} resizes: the
     * places where the old and the new box differ (their borders, label rows and the areas one
     * covers and the other does not) are drawn again as {@code still} with the frame's boxes
     * shows them, so the old box leaves nothing behind. Nothing is drawn while no box changes.
     */
    void drawResizedBoxes(GraphicsContext g, DiagramGeometry still, DiagramGeometry frame,
                          Viewport vp, double w, double h, Set<String> selected, Link selectedLink,
                          Badges.Source badges) {
        List<Rectangle2D> regions = new java.util.ArrayList<>();
        for (var e : frame.applications.entrySet()) {
            Rectangle2D before = still.applications.get(e.getKey());
            if (!e.getValue().equals(before)) {
                regions.addAll(BoxRepaint.regions(before, e.getValue(), vp, w, h));
            }
        }
        if (regions.isEmpty()) {
            return;
        }
        DiagramGeometry scene = still.withApplications(frame.applications);
        for (Rectangle2D r : regions) {
            LayerCache.strip(g, r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), vp,
                (rg, rvp, rw, rh) -> draw(rg, scene, rvp, rw, rh, selected, selectedLink, badges));
        }
    }

    /**
     * Draws over a frame what a drag moves: the links of the tiles {@code ids} and the tiles,
     * as {@code geo} (the drag's preview) places them.
     */
    void drawMoving(GraphicsContext g, DiagramGeometry geo, Set<String> ids, Viewport vp,
                    double w, double h, Set<String> selected, Link selectedLink,
                    Badges.Source badges) {
        Rectangle2D view = vp.visibleWorld(w, h);
        List<DiagramGeometry.Routed> links = new java.util.ArrayList<>();
        for (DiagramGeometry.Routed r : geo.links) {
            if (ids.contains(r.link().from()) || ids.contains(r.link().to())) {
                links.add(r);
            }
        }
        drawLinks(g, links, vp, view, selectedLink);
        boolean detail = vp.scale() >= DETAIL_SCALE;
        for (String id : ids) {
            Placed t = geo.byId.get(id);
            if (t != null && t.bounds().intersects(view)) {
                drawTile(g, t, vp, detail, selected.contains(id), badges);
            }
        }
    }

    private void drawLinks(GraphicsContext g, List<DiagramGeometry.Routed> links, Viewport vp,
                           Rectangle2D view, Link selectedLink) {
        Paint normal = colours.get(Role.LINK);
        Paint accent = colours.get(Role.ACCENT);
        for (DiagramGeometry.Routed r : links) {
            if (!r.bounds().intersects(view)) {
                continue;
            }
            Link l = r.link();
            g.setStroke(l.equals(selectedLink) ? accent : normal);
            g.setLineWidth(l.isHard() ? 2.5 : 1.2);
            if (r.provisional()) {
                // a drag frame's elbow, routed around tiles at the drop: dotted
                g.setLineDashes(2, 4);
            } else if (l.isHard()) {
                g.setLineDashes();
            } else {
                g.setLineDashes(6, 4);
            }
            Edges.strokeRoute(g, r.path().points(), vp);
            if (vp.scale() >= ARROW_SCALE) {
                g.setLineDashes();
                List<Point> p = r.path().points();
                Point a = p.get(p.size() - 2);
                Point b = p.get(p.size() - 1);
                Edges.arrowHead(g, vp.screenX(a.x()), vp.screenY(a.y()), vp.screenX(b.x()),
                    vp.screenY(b.y()), 9);
            }
        }
        g.setLineDashes();
    }

    private void drawTile(GraphicsContext g, Placed t, Viewport vp, boolean detail,
                          boolean selected, Badges.Source badges) {
        double s = vp.scale();
        double x = vp.screenX(t.bounds().getMinX());
        double y = vp.screenY(t.bounds().getMinY());
        double w = t.bounds().getWidth() * s;
        double h = t.bounds().getHeight() * s;
        Paint category = t.type() == null ? colours.get(Role.WARNING)
            : Color.web(t.type().category().colour());
        if (!detail) {
            g.setFill(category);
            g.fillRect(x, y, w, h);
            if (selected) {
                g.setStroke(colours.get(Role.ACCENT));
                g.setLineWidth(2);
                g.strokeRect(x - 2, y - 2, w + 4, h + 4);
            }
            return;
        }
        g.setFill(colours.get(Role.TILE));
        g.fillRoundRect(x, y, w, h, 12 * s, 12 * s);
        g.setStroke(selected ? colours.get(Role.ACCENT) : colours.get(Role.TILE_BORDER));
        g.setLineWidth(selected ? 2.5 : 1);
        g.strokeRoundRect(x, y, w, h, 12 * s, 12 * s);
        double box = 36 * s;
        double bx = x + (w - box) / 2;
        double by = y + 8 * s;
        g.setFill(category);
        g.fillRoundRect(bx, by, box, box, 8 * s, 8 * s);
        int iconPx = (int) Math.max(8, Math.round(24 * s));
        String iconKey = t.type() == null ? "mdi2h-help-box" : t.type().iconKey();
        var img = icons.get(iconKey, iconPx, colours.get(Role.GLYPH));
        g.drawImage(img, bx + (box - img.getWidth()) / 2, by + (box - img.getHeight()) / 2);
        g.setFill(colours.get(Role.TEXT));
        // from 90 % up the name is laid out as in the exports and scaled with the tile
        boolean full = s >= 0.9;
        Font font = full ? nameFont(s) : small;
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double lineY = by + box + 4 * s;
        String name = t.component().name();
        for (String line : full ? names.lines(name) : names.wrap(name, small, w - 8)) {
            g.fillText(line, x + w / 2, lineY);
            lineY += full ? TileLabel.LINE_HEIGHT * s : font.getSize() + 2;
        }
        handle(g, x + w, y + h / 2, s);
        Badges.Badge badge = badges.badge(t.component().id());
        if (badge != null) {
            drawBadge(g, badge, x + w, y, s);
        }
    }

    /** The name font at zoom {@code s}, made once per zoom level rather than per tile. */
    private Font nameFont(double s) {
        double size = TileLabel.FONT_SIZE * s;
        if (nameFont.getSize() != size) {
            nameFont = Font.font(TileNames.FAMILY, size);
        }
        return nameFont;
    }

    /** The link handle: drag from it to another component to create a link. */
    private void handle(GraphicsContext g, double cx, double cy, double s) {
        double r = 5 * Math.min(1, s);
        g.setFill(colours.get(Role.TILE));
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(colours.get(Role.MUTED));
        g.setLineWidth(1);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    private void drawBadge(GraphicsContext g, Badges.Badge badge, double right, double top, double s) {
        g.setFont(small);
        double bw = Math.max(36, badge.text().length() * 6.2 + 10);
        double bh = 16;
        double bx = right - bw + 6;
        double by = top - bh / 2;
        g.setFill(badge.unpriced() ? colours.get(Role.WARNING) : colours.get(Role.BADGE));
        g.fillRoundRect(bx, by, bw, bh, bh, bh);
        g.setFill(colours.get(Role.BADGE_TEXT));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(badge.text(), bx + bw / 2, by + bh / 2);
    }
}
