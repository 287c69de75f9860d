package dev.envol.bench;

import dev.envol.exports.ExportJob;
import dev.envol.generate.EstateGenerator;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceCatalogs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every export ({@code budget.xlsx}, both PNGs and SVGs, draw.io, both Mermaid files, the wiki
 * page) of a generated 1,000-application estate into a folder, as {@code envol export} runs it
 * (estimate included). Budget: under 5 s and under 512 MB heap; the fork runs with
 * {@code -Xmx512m}, so an export that needs more fails with {@code OutOfMemoryError}, and the
 * peak heap use is printed after each iteration.
 * Run: {@code mvn -o -Pbench -DskipTests verify -Dbench=ExportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.awt.headless=true"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ExportBenchmark {
    private Project estate;
    private PriceCatalog catalog;
    private Path dir;

    @Setup
    public void setUp() throws IOException {
        estate = new EstateGenerator(42).generate(1000);
        catalog = PriceCatalogs.embedded();
        dir = Files.createTempDirectory("envol-export-bench");
    }

    @Benchmark
    public List<Path> allExports() throws IOException {
        return new ExportJob(estate, catalog, LocalDate.of(2026, 11, 27))
            .run(dir, ExportJob.formats(""), ExportJob.Progress.NONE, () -> false);
    }

    @TearDown(Level.Iteration)
    public void peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
                pool.resetPeakUsage();
            }
        }
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf("%n  peak heap (sum of pool peaks) %d MB of max %d MB%n",
            peak >> 20, max >> 20);
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
