package dev.envol.bench;

import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * CPU time per operation, printed after each JMH iteration ({@code [cpu 12.34 ms/op over 56
 * ops]}): on a shared machine (load far above the core count) the wall-clock score mostly
 * measures waiting, the CPU time much less. A benchmark takes {@link OfThread} or
 * {@link OfProcess} as a parameter and counts its operations:
 *
 * <pre>{@code
 * @Benchmark
 * public Result run(CpuClock.OfThread clock) {
 *     clock.operations++;
 *     ...
 * }
 * }</pre>
 */
public abstract class CpuClock {
    private long start;
    /** Operations of this iteration, counted by the benchmark method. */
    public long operations;

    /** CPU time so far, in nanoseconds. */
    abstract long now();

    @Setup(Level.Iteration)
    public void begin() {
        start = now();
        operations = 0;
    }

    @TearDown(Level.Iteration)
    public void end() {
        double ms = (now() - start) / 1e6 / Math.max(1, operations);
        System.out.printf("  [cpu %.2f ms/op over %d ops]%n", ms, operations);
    }

    /** The benchmark thread's CPU time: for work done on that thread alone. */
    @State(Scope.Thread)
    public static class OfThread extends CpuClock {
        private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        @Override
        long now() {
            return threads.getCurrentThreadCpuTime();
        }
    }

    /**
     * The whole process's CPU time (every thread: benchmark, FX, rendering, GC): for work the
     * benchmark hands to other threads, as a canvas frame is drawn on the FX thread.
     */
    @State(Scope.Thread)
    public static class OfProcess extends CpuClock {
        private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        @Override
        long now() {
            return os.getProcessCpuTime();
        }
    }
}
