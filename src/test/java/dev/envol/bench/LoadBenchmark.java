package dev.envol.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.envol.generate.EstateGenerator;
import dev.envol.io.LoadResult;
import dev.envol.io.ModelFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * Budget (ARCHITECTURE.md): loading and validating a generated 1,000-application estate takes at
 * most 1.5x a bare Jackson tree parse of the same file. Both read the file from disk.
 * Run: {@code mvn -o -Pbench -DskipTests verify -Dbench=LoadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
public class LoadBenchmark {
    private Path file;
    private ObjectMapper mapper;

    @Setup(Level.Trial)
    public void writeEstate() throws IOException {
        file = Files.createTempFile("envol-load-bench", ".envol.json");
        ModelFiles.save(new EstateGenerator(1).generate(1000), file);
        mapper = new ObjectMapper();
        if (ModelFiles.read(file).hasErrors()) {
            throw new IllegalStateException("the generated estate must be valid");
        }
    }

    @TearDown(Level.Trial)
    public void deleteEstate() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
    }

    @Benchmark
    public LoadResult loadAndValidate() {
        return ModelFiles.read(file);
    }

    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return mapper.readTree(file.toFile());
    }
}
