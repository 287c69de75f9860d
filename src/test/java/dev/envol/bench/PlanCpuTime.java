package dev.envol.bench;

import dev.envol.generate.EstateGenerator;
import dev.envol.model.Project;
import dev.envol.plan.DependencyWavePlanner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The CPU time of one plan of {@link PlanBenchmark}'s estate, next to JMH's wall-clock figure: on
 * a 2-core machine shared by several builds, wall time mostly measures the wait for a core. Run:
 * {@code mvn -o -q org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.envol.bench.PlanCpuTime}.
 */
public final class PlanCpuTime {
    private PlanCpuTime() {
    }

    public static void main(String[] args) {
        Project generated = new EstateGenerator(42).generate(1_000);
        Project estate = generated.withSettings(generated.settings().withMaxApplicationsPerWave(20));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 30; i++) { // warm-up
            new DependencyWavePlanner().plan(estate);
        }
        double[] cpuMs = new double[30];
        double[] wallMs = new double[30];
        for (int i = 0; i < cpuMs.length; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            new DependencyWavePlanner().plan(estate);
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            wallMs[i] = (System.nanoTime() - wall) / 1e6;
        }
        Arrays.sort(cpuMs);
        Arrays.sort(wallMs);
        System.out.printf("plan of 1,000 applications, 30 runs after 30 warm-up: CPU median %.1f ms"
            + " (min %.1f, max %.1f); wall median %.1f ms%n", cpuMs[15], cpuMs[0], cpuMs[29],
            wallMs[15]);
    }
}
