package dev.envol.layout;

import dev.envol.model.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cheap routing of a big diagram (see {@link LinkRouter#BIG_LINKS}): a link whose two ends
 * lie in the same application container is searched within that container only, then spread
 * and nudged with the other searched links; any other link (and one the confined search cannot
 * route) is drawn straight from border to border. Deterministic: it follows the links' order.
 */
final class BigDiagramRoutes {
    private final LinkRouter router;
    private final List<Link> links;
    private final Map<Rect, Rect> areaOf = new HashMap<>();

    BigDiagramRoutes(LinkRouter router, List<Link> links) {
        this.router = router;
        this.links = links;
    }

    List<EdgePath> route() {
        List<EdgePath> edges = new ArrayList<>();
        List<Integer> searched = new ArrayList<>();
        List<Link> searchedLinks = new ArrayList<>();
        List<List<Point>> paths = new ArrayList<>();
        List<Rect[]> ends = new ArrayList<>();
        for (Link link : links) {
            Rect s = router.tile(link.from());
            Rect t = router.tile(link.to());
            if (s == null || t == null || link.from().equals(link.to())) {
                continue;
            }
            Rect area = area(s);
            List<Point> path = area != null && area == area(t)
                // the container's own lanes lie one margin outside it: keep them in view
                ? router.searchWithin(s, t, area.grow(LinkRouter.MARGIN + 1,
                    LinkRouter.MARGIN + 1, LinkRouter.MARGIN + 1, LinkRouter.MARGIN + 1))
                : null;
            if (path == null) {
                edges.add(StraightEdges.between(link, s, t));
            } else {
                searched.add(edges.size());
                searchedLinks.add(link);
                paths.add(path);
                ends.add(new Rect[] {s, t});
                edges.add(null);
            }
        }
        router.spreadAndNudge(paths, ends);
        for (int i = 0; i < searched.size(); i++) {
            int at = searched.get(i);
            edges.set(at, LinkRouter.edge(searchedLinks.get(i), paths.get(i)));
        }
        return edges;
    }

    /** The smallest container holding {@code tile}, or {@code null} when none does. */
    private Rect area(Rect tile) {
        return areaOf.computeIfAbsent(tile, k -> {
            Rect best = null;
            for (Rect c : router.containers()) {
                if (c.contains(k) && (best == null
                    || c.width() * c.height() < best.width() * best.height())) {
                    best = c;
                }
            }
            return best;
        });
    }
}
