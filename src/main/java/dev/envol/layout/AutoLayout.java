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
 * is about as wide as a landscape page rather than one long band, then swapped so that linked
 * applications sit near each other ({@link PageOrder}: shorter links cross fewer others); the
 * links between applications are routed around the tiles by {@link LinkRouter}. The same
 * architecture always gives the same layout: ELK's random seed is fixed and everything follows
 * the model's order.
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
        List<String> first = ordered(groups, groupOf, between);
        Map<String, GroupLayout.Placed> laid = laidOut(first, groups, inner, thorough);
        double width = PagePacking.rowWidth(first.stream().map(k -> laid.get(k).box()).toList());
        List<List<String>> orders = onPage(first, laid, groupOf, between, width);
        if (orders.size() == 1) {
            return drawn(architecture, orders.get(0), laid, inner, between, drawable, width);
        }
        // each order drawn on its own (on every core), then the first that crosses least
        List<LayoutResult> drawings = orders.parallelStream()
            .map(keys -> drawn(architecture, keys, laid, inner, between, drawable, width))
            .toList();
        List<Integer> crossings = drawings.parallelStream()
            .map(d -> Crossings.count(d.edges(), d.tiles())).toList();
        return drawings.get(crossings.indexOf(java.util.Collections.min(crossings)));
    }

    /** The groups placed on the page in the order {@code keys}, and the links routed. */
    private static LayoutResult drawn(Architecture architecture, List<String> keys,
                                      Map<String, GroupLayout.Placed> laid,
                                      Map<String, List<Link>> inner, List<Link> between,
                                      List<Link> drawable, double width) {
        List<GroupLayout.Placed> placed = keys.stream().map(laid::get).toList();
        List<Rect> sizes = placed.stream().map(GroupLayout.Placed::box).toList();
        List<Point> corners = PagePacking.rows(sizes, width, MARGIN, MARGIN, new double[2]);
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
        // no link between groups (an import): no router to build over every tile
        List<EdgePath> crossing = between.isEmpty() ? List.of()
            : new LinkRouter(tiles, containers.values()).route(between);
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
     * Each group laid out on its own ({@link GroupLayout}), on every core: the groups share
     * nothing, and each ELK call gets its own engine and graph, so the result is the same as one
     * by one, whatever the threads' timing.
     */
    private static Map<String, GroupLayout.Placed> laidOut(List<String> keys,
                                                           Map<String, List<String>> groups,
                                                           Map<String, List<Link>> inner,
                                                           boolean thorough) {
        List<GroupLayout.Placed> placed = keys.parallelStream()
            .map(key -> GroupLayout.layout(groups.get(key), inner.getOrDefault(key, List.of()),
                key.startsWith("app:"), thorough))
            .toList();
        Map<String, GroupLayout.Placed> laid = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            laid.put(keys.get(i), placed.get(i));
        }
        return laid;
    }

    /**
     * The groups in a topological order that keeps each chain of dependencies together: the
     * reverse of a depth-first post-order from the groups nobody depends on (visited last to
     * first in the model's order, so the first of them comes first), then what a cycle left.
     * Packed like the lines of a page, a group is followed by what it depends on, so links
     * between applications stay short.
     */
    private static List<String> ordered(Map<String, List<String>> groups, Map<String, String> groupOf,
                                        List<Link> between) {
        List<String> keys = new ArrayList<>(groups.keySet());
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
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> post = new ArrayList<>();
        List<String> roots = new ArrayList<>(keys.stream()
            .filter(k -> !incoming.containsKey(k)).toList());
        java.util.Collections.reverse(roots);
        for (String root : roots) {
            visit(root, next, seen, post);
        }
        List<String> rest = new ArrayList<>(keys);
        java.util.Collections.reverse(rest);
        for (String k : rest) {
            visit(k, next, seen, post);
        }
        java.util.Collections.reverse(post);
        return post;
    }

    /**
     * The orders to try packing the groups in ({@link PageOrder#orders}): {@code first} with
     * groups swapped to bring linked groups nearer each other, in rows {@code width} wide, and
     * on a small page a few more from shuffled starts.
     */
    private static List<List<String>> onPage(List<String> first,
                                             Map<String, GroupLayout.Placed> laid,
                                             Map<String, String> groupOf, List<Link> between,
                                             double width) {
        Map<String, Integer> index = new HashMap<>();
        List<Rect> boxes = new ArrayList<>();
        for (String key : first) {
            index.put(key, boxes.size());
            boxes.add(laid.get(key).box());
        }
        List<PageOrder.End> ends = new ArrayList<>();
        for (Link l : between) {
            String a = groupOf.get(l.from());
            String b = groupOf.get(l.to());
            Rect from = laid.get(a).tiles().get(l.from());
            Rect to = laid.get(b).tiles().get(l.to());
            ends.add(new PageOrder.End(index.get(a), from.centerX(), from.centerY(),
                index.get(b), to.centerX(), to.centerY()));
        }
        List<List<String>> orders = new ArrayList<>();
        for (int[] order : PageOrder.orders(boxes, ends, width)) {
            List<String> keys = new ArrayList<>();
            for (int k : order) {
                keys.add(first.get(k));
            }
            orders.add(keys);
        }
        return orders;
    }

    /** Depth-first post-order from {@code start}, without recursion (estates can be deep). */
    private static void visit(String start, Map<String, List<String>> next,
                              java.util.Set<String> seen, List<String> post) {
        if (!seen.add(start)) {
            return;
        }
        ArrayDeque<String> path = new ArrayDeque<>(List.of(start));
        ArrayDeque<Integer> index = new ArrayDeque<>(List.of(0));
        while (!path.isEmpty()) {
            List<String> out = next.getOrDefault(path.peek(), List.of());
            int i = index.pop();
            if (i < out.size()) {
                index.push(i + 1);
                String n = out.get(out.size() - 1 - i);
                if (seen.add(n)) {
                    path.push(n);
                    index.push(0);
                }
            } else {
                post.add(path.pop());
            }
        }
    }
}
