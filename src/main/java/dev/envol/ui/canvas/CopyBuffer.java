package dev.envol.ui.canvas;

import dev.envol.model.Component;
import dev.envol.model.Link;
import java.util.List;

/** What Ctrl+C copied, shared by every canvas of the window (copy in Current, paste in Target). */
public final class CopyBuffer {
    private List<Component> components = List.of();
    private List<Link> links = List.of();
    private int pastes;

    void copy(List<Component> copied, List<Link> copiedLinks) {
        components = List.copyOf(copied);
        links = List.copyOf(copiedLinks);
        pastes = 0;
    }

    List<Component> components() {
        return components;
    }

    List<Link> links() {
        return links;
    }

    /** Each paste lands a little further down-right, so repeated pastes do not stack. */
    double nextOffset() {
        pastes++;
        return pastes * 2 * DiagramGeometry.GRID;
    }
}
