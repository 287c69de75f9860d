package dev.envol.bench;

import dev.envol.generate.EstateGenerator;
import dev.envol.layout.ApplicationBox;
import dev.envol.layout.DiagramGeometry;
import dev.envol.layout.EdgePath;
import dev.envol.layout.LinkRouter;
import dev.envol.layout.Rect;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Link;
import dev.envol.model.Project;
import dev.envol.ui.SampleProjects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Routing every link of a hand-placed target around its tiles, warm: {@code new LinkRouter(tiles,
 * containers).route(links)}, the step behind every exported diagram and the canvas's drop.
 * {@code grid}: 2,000 tiles in applications of 20 and ~3,000 links (the canvas benchmarks'
 * target; goal under 300 ms). {@code estate}: the target of the generated 1,000-application
 * estate (2,703 tiles, 780 containers, 6,908 links, many of them across the whole drawing to
 * the shared services), one of the two diagrams of its export.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class RoutingBenchmark {
    @Param({"grid", "estate"})
    public String diagram;

    private Map<String, Rect> tiles;
    private List<Rect> containers;
    private List<Link> links;

    @Setup
    public void setUp() {
        Project project = diagram.equals("grid") ? SampleProjects.generated(2000, 42)
            : new EstateGenerator(42).generate(1000);
        DiagramGeometry g = DiagramGeometry.of(project, ArchitectureKind.TARGET);
        tiles = new LinkedHashMap<>();
        g.tiles().forEach(t -> tiles.put(t.componentId(), t.bounds()));
        containers = g.containers().stream().map(ApplicationBox::bounds).toList();
        links = project.target().links();
    }

    @Benchmark
    public List<EdgePath> routeAll() {
        return new LinkRouter(tiles, containers).route(links);
    }
}
