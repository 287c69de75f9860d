package dev.envol.layout;

import dev.envol.generate.EstateGenerator;
import dev.envol.io.ModelFiles;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What a reader needs from routed links, as checks over any drawing (the geometry, or routes read
 * back from a draw.io or SVG file), and the diagrams they are run on: both samples and generated
 * estates, each as placed by hand and without positions (automatic layout).
 */
public final class RouteChecks {
    private RouteChecks() {
    }

    /** {@code name, project, kind}: the two samples and two generated estates, placed and not. */
    public static Stream<Arguments> diagrams() {
        List<Arguments> all = new ArrayList<>();
        for (String sample : List.of("betting-platform", "small-web-app")) {
            Project p = ModelFiles.load(Path.of("models/" + sample + ".envol.json"));
            add(all, sample, p);
        }
        add(all, "estate 12", new EstateGenerator(7).generate(12));
        add(all, "estate 40", new EstateGenerator(42).generate(40));
        return all.stream();
    }

    private static void add(List<Arguments> all, String name, Project p) {
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            all.add(Arguments.of(name + " " + kind.key() + " placed", p, kind));
            all.add(Arguments.of(name + " " + kind.key() + " unplaced", unplaced(p, kind), kind));
        }
    }

    /** The project with every position of one architecture removed. */
    public static Project unplaced(Project p, ArchitectureKind kind) {
        Architecture a = p.architecture(kind);
        List<Component> comps = a.components().stream().map(c -> c.withPosition(null)).toList();
        return p.withArchitecture(kind, Architecture.of(comps, a.links()));
    }

    /**
     * Every segment of every route that runs through a tile other than its two ends (its ends'
     * tiles are checked too, except the segment that touches them), as readable lines.
     */
    public static List<String> throughTiles(Map<String, Rect> tiles, List<Route> routes) {
        List<String> problems = new ArrayList<>();
        for (Route r : routes) {
            List<Point> p = r.points();
            for (int i = 1; i < p.size(); i++) {
                for (var e : tiles.entrySet()) {
                    boolean end = e.getKey().equals(r.from()) || e.getKey().equals(r.to());
                    if (end) {
                        continue;
                    }
                    if (Geometry.segmentEntersBox(p.get(i - 1), p.get(i), e.getValue())) {
                        problems.add(r.from() + "->" + r.to() + " segment " + i + " " + p.get(i - 1)
                            + "-" + p.get(i) + " crosses " + e.getKey());
                    }
                }
            }
        }
        return problems;
    }

    /** A link as read from a drawing: its ends' component ids and its points. */
    public record Route(String from, String to, List<Point> points) {
        public static Route of(EdgePath e) {
            return new Route(e.from(), e.to(), e.points());
        }
    }
}
