package dev.envol.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.envol.generate.EstateGenerator;
import dev.envol.io.ModelFiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The CPU time of {@link LoadBenchmark}'s two reads, next to JMH's wall-clock figure: on a 2-core
 * machine shared by several builds, wall time mostly measures the wait for a core. The two reads
 * alternate, so that a burst of load on the machine hits both alike. Run:
 * {@code mvn -o -q org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.envol.bench.LoadCpuTime}.
 */
public final class LoadCpuTime {
    private static final int WARM_UP = 40;
    private static final int RUNS = 60;

    private LoadCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Files.createTempFile("envol-load-cpu", ".envol.json");
        try {
            ModelFiles.save(new EstateGenerator(42).generate(1_000), file);
            if (ModelFiles.read(file).hasErrors()) {
                throw new IllegalStateException("the generated estate must be valid");
            }
            measure(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
        }
    }

    private static void measure(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] jackson = new double[RUNS];
        double[] envol = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            long start = threads.getCurrentThreadCpuTime();
            mapper.readTree(file.toFile());
            long middle = threads.getCurrentThreadCpuTime();
            ModelFiles.read(file);
            long end = threads.getCurrentThreadCpuTime();
            if (i >= 0) {
                jackson[i] = (middle - start) / 1e6;
                envol[i] = (end - middle) / 1e6;
            }
        }
        Arrays.sort(jackson);
        Arrays.sort(envol);
        double j = jackson[RUNS / 2];
        double e = envol[RUNS / 2];
        System.out.printf("%,d bytes, %d runs each after %d warm-up, CPU time median (min-max):%n"
                + "  Jackson readTree     %6.1f ms (%.1f-%.1f)%n"
                + "  ModelFiles.read      %6.1f ms (%.1f-%.1f)%n"
                + "  ratio %.2fx (budget 1.5x)%n", Files.size(file), RUNS, WARM_UP,
            j, jackson[0], jackson[RUNS - 1], e, envol[0], envol[RUNS - 1], e / j);
    }
}
