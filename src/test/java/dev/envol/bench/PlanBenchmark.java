package dev.envol.bench;

import dev.envol.model.Project;
import dev.envol.plan.DependencyWavePlanner;
import dev.envol.generate.EstateGenerator;
import dev.envol.plan.WavePlan;
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
 * Wave plan of a generated estate ({@link EstateGenerator}, seed 42) of 1,000 applications (about
 * 5,000 components and 15,000 links)
 * (budget: under 200 ms warm). Run: {@code mvn -o -Pbench -DskipTests verify -Dbench=PlanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PlanBenchmark {
    private Project estate;

    @Setup
    public void generate() {
        Project generated = new EstateGenerator(42).generate(1_000);
        // 5 a wave would make 200 waves; 20 is a realistic factory pace for 1,000 applications
        estate = generated.withSettings(generated.settings().withMaxApplicationsPerWave(20));
    }

    @Benchmark
    public WavePlan plan() {
        return new DependencyWavePlanner().plan(estate);
    }
}
