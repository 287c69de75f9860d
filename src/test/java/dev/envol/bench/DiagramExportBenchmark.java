package dev.envol.bench;

import dev.envol.exports.Diagram;
import dev.envol.exports.EstateDiagrams;
import dev.envol.exports.PngExporter;
import dev.envol.exports.SvgExporter;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import java.io.IOException;
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
 * PNG and SVG of one architecture of the generated 1,000-application estate (~2,400 tiles and
 * ~8,000 links each), under the 512 MB heap budget of ARCHITECTURE.md. The geometry is built
 * once (the model carries positions); each call draws and encodes. Wall clock on a shared
 * machine: {@link DiagramExportCpuTime} gives the CPU time of the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DiagramExportBenchmark {
    @Param({"CURRENT", "TARGET"})
    public ArchitectureKind kind;

    private Diagram diagram;

    @Setup
    public void setUp() {
        Project estate = EstateDiagrams.estate(1_000);
        diagram = EstateDiagrams.diagram(estate, kind);
    }

    @Benchmark
    public long png() throws IOException {
        return EstateDiagrams.write(new PngExporter(), diagram);
    }

    @Benchmark
    public long svg() throws IOException {
        return EstateDiagrams.write(new SvgExporter(), diagram);
    }
}
