package dev.envol.bench;

import dev.envol.exports.Diagram;
import dev.envol.exports.EstateDiagrams;
import dev.envol.exports.Exporter;
import dev.envol.exports.PngExporter;
import dev.envol.exports.SvgExporter;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The CPU time of {@link DiagramExportBenchmark}'s exports (PNG and SVG of both architectures of
 * the generated 1,000-application estate), next to JMH's wall-clock figure: on a 2-core machine
 * shared by several builds, wall time mostly measures the wait for a core. Run:
 * {@code mvn -o -q org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.envol.bench.DiagramExportCpuTime} (add {@code -Dexec.args=5} for more runs).
 */
public final class DiagramExportCpuTime {
    private DiagramExportCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Project estate = EstateDiagrams.estate(1_000);
        Diagram current = EstateDiagrams.diagram(estate, ArchitectureKind.CURRENT);
        Diagram target = EstateDiagrams.diagram(estate, ArchitectureKind.TARGET);
        System.out.printf("estate: %d + %d tiles%n", current.geometry().tiles().size(),
            target.geometry().tiles().size());
        measure("png", new PngExporter(), current, target, runs);
        measure("svg", new SvgExporter(), current, target, runs);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap: max %d MB, committed %d MB%n", rt.maxMemory() >> 20,
            rt.totalMemory() >> 20);
    }

    private static void measure(String name, Exporter<Diagram> exporter, Diagram current,
                                Diagram target, int runs) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 2; i++) { // warm-up
            EstateDiagrams.write(exporter, current);
            EstateDiagrams.write(exporter, target);
        }
        double[] cur = new double[runs];
        double[] tgt = new double[runs];
        double[] wall = new double[runs];
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            long w = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            bytes = EstateDiagrams.write(exporter, current);
            long c2 = threads.getCurrentThreadCpuTime();
            bytes += EstateDiagrams.write(exporter, target);
            cur[i] = (c2 - c) / 1e6;
            tgt[i] = (threads.getCurrentThreadCpuTime() - c2) / 1e6;
            wall[i] = (System.nanoTime() - w) / 1e6;
        }
        Arrays.sort(cur);
        Arrays.sort(tgt);
        Arrays.sort(wall);
        System.out.printf("%s of 1,000 applications, %d runs after 2 warm-up: CPU median current"
            + " %.0f ms + target %.0f ms (min %.0f + %.0f); wall median both %.0f ms; %d kB%n",
            name, runs, cur[runs / 2], tgt[runs / 2], cur[0], tgt[0], wall[runs / 2],
            bytes >> 10);
    }
}
