package dev.envol.bench;

import dev.envol.layout.AutoLayout;
import dev.envol.layout.LayoutResult;
import dev.envol.layout.SampleArchitectures;
import dev.envol.model.Architecture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Automatic layout of 1,000 components (200 applications of 5, about 1,200 links), against
 * Graphviz {@code dot -Tplain} on the same graph (same tile size, one cluster per application),
 * with orthogonal edges like ELK's ({@code splines=ortho}) and with dot's default curves. The
 * graphs are written to {@code target/layout-1000-ortho.dot} and {@code -spline.dot} for running
 * dot by hand. The dot benchmarks need {@code dot} on the PATH and include starting the process.
 * {@code graphvizDotOrtho} takes close to a minute per call: run it alone when needed
 * ({@code -Dbench=LayoutBenchmark.graphvizDotOrtho}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LayoutBenchmark {
    private Architecture architecture;
    private Path orthoFile;
    private Path splineFile;

    @Setup
    public void setUp() throws IOException {
        architecture = SampleArchitectures.random(42, 200, 5);
        orthoFile = write("layout-1000-ortho.dot", DotGraph.of(architecture, "ortho"));
        splineFile = write("layout-1000-spline.dot", DotGraph.of(architecture, "true"));
    }

    @Benchmark
    public LayoutResult elkLayered() {
        return new AutoLayout().layout(architecture);
    }

    @Benchmark
    public int graphvizDotOrtho() throws IOException, InterruptedException {
        return dot(orthoFile);
    }

    @Benchmark
    public int graphvizDotSplines() throws IOException, InterruptedException {
        return dot(splineFile);
    }

    private static Path write(String name, String graph) throws IOException {
        Path file = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, graph, StandardCharsets.UTF_8);
        return file;
    }

    private static int dot(Path file) throws IOException, InterruptedException {
        Process dot = new ProcessBuilder("dot", "-Tplain", file.toString())
            .redirectErrorStream(true).start();
        byte[] out = dot.getInputStream().readAllBytes();
        if (dot.waitFor() != 0) {
            throw new IllegalStateException("dot failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return out.length;
    }
}
