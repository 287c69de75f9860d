package dev.envol.bench;

import dev.envol.check.CheckReport;
import dev.envol.check.Checker;
import dev.envol.generate.EstateGenerator;
import dev.envol.model.Project;
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
 * Every rule over a generated estate of 1,000 applications (both architectures), with the
 * embedded price catalog: what the problems panel pays when it re-checks after an edit.
 * Run: {@code mvn -o -Pbench -DskipTests verify -Dbench=CheckBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CheckBenchmark {
    private Project estate;
    private Checker checker;

    @Setup
    public void generate() {
        estate = new EstateGenerator(42).generate(1000);
        checker = Checker.withPrices(PriceCatalogs.embedded());
    }

    @Benchmark
    public CheckReport checkThousandApplications() {
        return checker.check(estate);
    }
}
