package dev.envol.bench;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostEngine;
import dev.envol.cost.CostReport;
import dev.envol.cost.WaveSource;
import dev.envol.generate.EstateGenerator;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceCatalogs;
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
 * Full estimate plus business case of a generated 1,000-application estate (budget: under
 * 100 ms warm). {@code shared} is the desktop app's case (one engine, re-estimated on every
 * edit, with the wave plan it already has); {@code fresh} builds a new engine each time, as the
 * command line does; {@code withPlanning} also plans the waves (the estate has no saved plan),
 * which {@code PlanBenchmark} measures on its own.
 * Run: {@code mvn -o -Pbench -DskipTests verify -Dbench=EstimateBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class EstimateBenchmark {
    private Project estate;
    private PriceCatalog catalog;
    private CostEngine shared;
    private WaveSource waves;

    @Setup
    public void setUp() {
        estate = new EstateGenerator(42).generate(1000);
        catalog = PriceCatalogs.embedded();
        shared = new CostEngine();
        waves = WaveSource.of(estate);
    }

    @Benchmark
    public BusinessCase shared(CpuClock.OfThread clock) {
        clock.operations++;
        CostReport report = shared.estimate(estate, catalog);
        return BusinessCase.from(report, waves);
    }

    @Benchmark
    public BusinessCase fresh(CpuClock.OfThread clock) {
        clock.operations++;
        CostReport report = new CostEngine().estimate(estate, catalog);
        return BusinessCase.from(report, waves);
    }

    @Benchmark
    public BusinessCase withPlanning(CpuClock.OfThread clock) {
        clock.operations++;
        CostReport report = shared.estimate(estate, catalog);
        return BusinessCase.from(report);
    }
}
