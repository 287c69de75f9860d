package dev.envol.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Link;
import dev.envol.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Link crossings of Envol's drawings against Graphviz {@code dot} (splines=ortho) laying out
 * the same graph, over the samples and generated estates, placed by hand and laid out
 * automatically ({@link RouteChecks#diagrams()}). Writes the table to
 * {@code target/crossings-report.txt}. Skipped where {@code dot} is not installed.
 *
 * <p>The goal, no more crossings than dot, holds for each automatic layout (measured:
 * the betting current 16 against dot's 20, its target 34 against 68, the 12-application
 * estate's 350 against 370 and 275 against 310, the 40-application estate's 6,313 against
 * 6,776 and 4,378 against 4,436) and for all of them together (11,366 against 11,980, 0.95
 * times; 0.97 before {@link PageOrder} tried several orders of a small page, with 33 on the
 * betting current): hand-placed drawings keep their places and cross 2 to 5 times as often,
 * where dot is free to move the tiles. What is asserted guards what holds: never more than dot
 * where dot has no crossing, automatic layouts within {@link #CEILING} times dot's count each
 * and {@link #TOTAL_CEILING} times dot's in all.
 */
class CrossingsAgainstDotTest {
    /** An automatic layout crosses at most as often as dot (measured: 0.99; 1.65 before). */
    static final double CEILING = 1.0;
    /** All automatic layouts together, against dot's (measured: 0.95; 0.97 before). */
    static final double TOTAL_CEILING = 0.96;

    @Test
    void envolCrossesNoMoreThanDot() throws Exception {
        assumeTrue(DotLayout.available(), "Graphviz dot is not installed");
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "%-42s %6s %7s %6s", "diagram", "links", "envol",
            "dot"));
        List<String> worse = new ArrayList<>();
        int envolTotal = 0;
        int dotTotal = 0;
        int envolAuto = 0;
        int dotAuto = 0;
        for (Arguments args : RouteChecks.diagrams().toList()) {
            String name = (String) args.get()[0];
            Project project = (Project) args.get()[1];
            ArchitectureKind kind = (ArchitectureKind) args.get()[2];
            DiagramGeometry geometry = DiagramGeometry.of(project, kind);
            java.util.Map<String, Rect> tiles = geometry.tiles().stream()
                .collect(Collectors.toMap(Tile::componentId, Tile::bounds));
            int envol = Crossings.count(geometry.edges(), tiles);
            DotLayout dot = DotLayout.of(drawable(project.architecture(kind)), "ortho");
            int byDot = Crossings.count(dot.routes().stream()
                .map(r -> new EdgePath(r.from(), r.to(), r.points(), false, null)).toList(),
                dot.nodes());
            rows.add(String.format(Locale.ROOT, "%-42s %6d %7d %6d%s", name,
                geometry.edges().size(), envol, byDot, envol > byDot ? "  more than dot" : ""));
            envolTotal += envol;
            dotTotal += byDot;
            boolean auto = geometry.autoLaid();
            envolAuto += auto ? envol : 0;
            dotAuto += auto ? byDot : 0;
            if (byDot == 0 && envol > 0 || auto && envol > CEILING * byDot) {
                worse.add(name + ": " + envol + " against dot's " + byDot);
            }
        }
        rows.add(String.format(Locale.ROOT, "%-42s %6s %7d %6d", "automatic layouts", "",
            envolAuto, dotAuto));
        rows.add(String.format(Locale.ROOT, "%-42s %6s %7d %6d", "total", "", envolTotal,
            dotTotal));
        String report = String.join("\n", rows) + "\n";
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "crossings-report.txt"), report);
        assertThat(worse).isEmpty();
        assertThat((double) envolAuto).as("automatic layouts' crossings against dot's " + dotAuto)
            .isLessThanOrEqualTo(TOTAL_CEILING * dotAuto);
    }

    /** The links Envol draws: both ends in the architecture, no self-links. */
    private static Architecture drawable(Architecture a) {
        Set<String> ids = a.components().stream().map(c -> c.id())
            .collect(Collectors.toSet());
        List<Link> links = a.links().stream().filter(l -> ids.contains(l.from())
            && ids.contains(l.to()) && !l.from().equals(l.to())).toList();
        return Architecture.of(a.components(), links);
    }
}
