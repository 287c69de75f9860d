package dev.envol.bench;

import dev.envol.pricing.OfferFiles;
import dev.envol.pricing.OfferImport;
import dev.envol.pricing.RefreshProgress;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import com.sun.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Budget (issue 3): importing a 1 GB offer file runs at 100 MB/s or more in under 256 MB of heap.
 * The fork runs with {@code -Xmx256m}, so an import that needed more would fail; each iteration
 * also prints its MB/s and the peak heap (sum of the heap pools' peaks, reset before the import).
 * On a shared machine wall-clock MB/s depends on the load, so the import thread's CPU time is
 * printed too. The generated file (in the temp folder) is deleted at the end.
 * Run: {@code mvn -o -Pbench -DskipTests verify -Dbench=OfferImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx256m", "-Xms256m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class OfferImportBenchmark {
    private static final long ONE_GB = 1L << 30;

    private Path dir;
    private Path offer;
    private long bytes;
    private OfferImport.Result last;
    private long nanos;
    private long peakHeap;
    private long threadCpuNanos;
    private long processCpuNanos;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean PROCESS =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Setup(Level.Trial)
    public void writeOffer() throws IOException {
        dir = Files.createTempDirectory("envol-offer-bench");
        offer = dir.resolve("AmazonEC2-synthetic.csv");
        bytes = OfferFiles.ec2().writeSynthetic(offer, ONE_GB);
    }

    @TearDown(Level.Trial)
    public void deleteOffer() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public OfferImport.Result importOffer() throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long threadCpu = THREADS.getCurrentThreadCpuTime();
        long processCpu = PROCESS.getProcessCpuTime();
        last = new OfferImport(dir.resolve("cache"), RefreshProgress.QUIET).run(offer);
        nanos = System.nanoTime() - start;
        threadCpuNanos = THREADS.getCurrentThreadCpuTime() - threadCpu;
        processCpuNanos = PROCESS.getProcessCpuTime() - processCpu;
        peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return last;
    }

    @TearDown(Level.Iteration)
    public void report() {
        double mb = bytes / 1e6;
        System.out.printf("%n[offer import] %.0f MB, %d rows, %d prices kept in %.2f s = %.0f MB/s"
                + " (import thread CPU %.2f s = %.0f MB per CPU-second; process CPU incl. GC"
                + " %.2f s); peak heap %.0f MB of max %d MB%n", mb, last.rows(), last.prices(),
            nanos / 1e9, mb / (nanos / 1e9), threadCpuNanos / 1e9, mb / (threadCpuNanos / 1e9),
            processCpuNanos / 1e9, peakHeap / 1e6, Runtime.getRuntime().maxMemory() >> 20);
    }
}
