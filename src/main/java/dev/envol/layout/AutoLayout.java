package dev.envol.layout;

import static dev.envol.layout.DiagramMetrics.MARGIN;

import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Link;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compact automatic layout. Each application is laid out on its own, left to right by
 * dependency ({@link GroupLayout}, ELK layered, its orthogonal routes kept); the application
 * containers (and the components of no application, one by one) are then packed like the
 * lines of a page ({@link PagePacking}), dependants before their dependencies, so the drawing
 * is about as wide as a landscape page rather than one long band; the links between
 * applications are routed around the tiles by {@link LinkRouter}. The same architecture
 * always gives the same layout: ELK's random seed is fixed and everything follows the model's
 * order.
 */
public final class AutoLayout {
    /**
     * Above this many components, ELK's crossing minimisation makes one pass instead of seven
     * in each application (measured on 1,000 nodes: the time halves); small diagrams keep the
     * thorough search.
     */
    private static final int LARGE_GRAPH = 250;

    /**
     * Lays out {@code architecture}. Links whose ends are not both components of it are left
     * out (the checks report them); components without an application sit outside containers.
     */
    public LayoutResult layout(Architecture architecture) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, String> groupOf = new HashMap<>();
        for (Component c : architecture.components()) {
            String key = c.application() != null ? "app:" + c.application() : "one:" + c.id();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c.id());
            groupOf.put(c.id(), key);
        }
        List<Link> drawable = architecture.links().stream()
            .filter(l -> groupOf.containsKey(l.from()) && groupOf.containsKey(l.to())
                && !l.from().equals(l.to())).toList();
        Map<String, List<Link>> inner = new HashMap<>();
        List<Link> between = new ArrayList<>();
        for (Link l : drawable) {
            if (groupOf.get(l.from()).equals(groupOf.get(l.to()))) {
                inner.computeIfAbsent(groupOf.get(l.from()), k -> new ArrayList<>()).add(l);
            } else {
                between.add(l);
            }
        }
        boolean thorough = architecture.components().size() <= LARGE_GRAPH;
        List<String> keys = ordered(groups, groupOf, between);
        List<GroupLayout.Placed> placed = new ArrayList<>();
        List<Rect> sizes = new ArrayList<>();
        for (String key : keys) {
            GroupLayout.Placed p = GroupLayout.layout(groups.get(key),
                inner.getOrDefault(key, List.of()), key.startsWith("app:"), thorough);
            placed.add(p);
            sizes.add(p.box());
        }
        List<Point> corners = PagePacking.pack(sizes, MARGIN, MARGIN);
        Map<String, Rect> tiles = new LinkedHashMap<>();
        Map<String, Rect> containers = new LinkedHashMap<>();
        Map<Link, EdgePath> routes = new HashMap<>();
        double maxX = 2 * MARGIN;
        double maxY = 2 * MARGIN;
        Map<String, Rect> placedTiles = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Point at = corners.get(i);
            GroupLayout.Placed p = placed.get(i);
            p.tiles().forEach((id, r) -> placedTiles.put(id, r.translate(at.x(), at.y())));
            Rect box = p.box().translate(at.x(), at.y());
            if (keys.get(i).startsWith("app:")) {
                containers.put(keys.get(i).substring(4), box);
            }
            for (EdgePath e : p.edges()) {
                List<Point> moved = e.points().stream()
                    .map(q -> new Point(q.x() + at.x(), q.y() + at.y())).toList();
                for (Link l : inner.get(keys.get(i))) {
                    if (l.from().equals(e.from()) && l.to().equals(e.to()) && !routes.containsKey(l)) {
                        routes.put(l, new EdgePath(e.from(), e.to(), moved, e.hard(), e.label()));
                        break;
                    }
                }
            }
            maxX = Math.max(maxX, box.maxX() + MARGIN);
            maxY = Math.max(maxY, box.maxY() + MARGIN);
        }
        for (Component c : architecture.components()) {
            tiles.put(c.id(), placedTiles.get(c.id()));
        }
        List<EdgePath> crossing = new LinkRouter(tiles, containers.values()).route(between);
        for (int i = 0; i < between.size(); i++) {
            routes.put(between.get(i), crossing.get(i));
        }
        List<EdgePath> edges = new ArrayList<>();
        for (Link l : drawable) {
            EdgePath e = routes.get(l);
            edges.add(e != null ? e : StraightEdges.between(l, tiles.get(l.from()), tiles.get(l.to())));
        }
        return new LayoutResult(tiles, containers, edges, new Rect(0, 0, maxX, maxY));
    }

    /**
     * The groups by rank (a group's rank is one more than the highest of the groups depending
     * on it, so dependants come first), then in the model's order; groups on a cycle keep the
     * model's order after the others.
     */
    private static List<String> ordered(Map<String, List<String>> groups, Map<String, String> groupOf,
                                        List<Link> between) {
        List<String> keys = new ArrayList<>(groups.keySet());
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            position.put(keys.get(i), i);
        }
        Map<String, List<String>> next = new HashMap<>();
        Map<String, Integer> incoming = new HashMap<>();
        for (Link l : between) {
            String a = groupOf.get(l.from());
            String b = groupOf.get(l.to());
            List<String> out = next.computeIfAbsent(a, k -> new ArrayList<>());
            if (!out.contains(b)) {
                out.add(b);
                incoming.merge(b, 1, Integer::sum);
            }
        }
        Map<String, Integer> rank = new HashMap<>();
        ArrayDeque<String> ready = new ArrayDeque<>();
        for (String k : keys) {
            if (!incoming.containsKey(k)) {
                ready.add(k);
                rank.put(k, 0);
            }
        }
        while (!ready.isEmpty()) {
            String k = ready.poll();
            for (String n : next.getOrDefault(k, List.of())) {
                rank.merge(n, rank.get(k) + 1, Math::max);
                if (incoming.merge(n, -1, Integer::sum) == 0) {
                    ready.add(n);
                }
            }
        }
        int last = keys.size();
        keys.sort(Comparator.comparingInt((String k) -> incoming.getOrDefault(k, 0) > 0
                ? last : rank.getOrDefault(k, 0))
            .thenComparingInt(position::get));
        return keys;
    }
}
