package dev.envol.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.fuzz.FuzzSeeds;
import dev.envol.fuzz.Mutations;
import dev.envol.io.LoadResult;
import dev.envol.io.ModelFiles;
import dev.envol.model.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-based test of the inventory imports over mutated RVTools sheets (CSV and xlsx) and
 * discovery CSV: an import gives a model the model reader accepts, or one line naming the file;
 * never another exception, never a file written. Seeded JUnit parameterized cases instead of
 * jqwik (forbidden by ARCHITECTURE.md; see {@code dev.envol.fuzz.ModelReaderFuzzTest}): the seed
 * is in every failure message and {@code -Denvol.fuzz.seed=N} replays it.
 */
class ImportsFuzzTest {
    /** The header and the first rows of each fixture: enough shapes, fast to import. */
    private static final List<List<String>> RVTOOLS = table("vInfo.csv", 12);
    private static final List<List<String>> ADS = table("discovery-import.csv", 12);

    @TempDir
    static Path dir;

    private static List<List<String>> table(String fixture, int rows) {
        try (InputStream in = ImportsFuzzTest.class.getResourceAsStream(fixture)) {
            List<List<String>> table = new ArrayList<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(rows + 1)
                .forEach(l -> table.add(new ArrayList<>(Arrays.asList(l.split(",", -1)))));
            return table;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static LongStream rvtoolsCsvSeeds() {
        return FuzzSeeds.of(21_200_000L, 1_200);
    }

    static LongStream rvtoolsXlsxSeeds() {
        return FuzzSeeds.of(21_300_000L, 400);
    }

    static LongStream adsSeeds() {
        return FuzzSeeds.of(21_400_000L, 1_200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("rvtoolsCsvSeeds")
    void mutatedRvToolsCsv(long seed) throws IOException {
        Mutations m = new Mutations(seed);
        char separator = m.random().nextInt(4) == 0 ? ';' : ',';
        byte[] bytes = Mutations.csv(m.table(RVTOOLS, m.between(1, 8)), separator)
            .getBytes(StandardCharsets.UTF_8);
        check(seed, new RvToolsImporter(), "vInfo.csv", m.random().nextInt(8) == 0
            ? m.bytes(bytes) : bytes);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("rvtoolsXlsxSeeds")
    void mutatedRvToolsXlsx(long seed) throws IOException {
        Mutations m = new Mutations(seed);
        String[] rows = m.table(RVTOOLS, m.between(1, 8)).stream()
            .map(r -> String.join(",", r)).toArray(String[]::new);
        Path built = Workbooks.write(dir.resolve("built-" + seed + ".xlsx"),
            Workbooks.sheet("", rows), null);
        byte[] bytes = Files.readAllBytes(built);
        Files.delete(built);
        check(seed, new RvToolsImporter(), "rvtools.xlsx", m.random().nextInt(3) == 0
            ? m.bytes(bytes) : bytes);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("adsSeeds")
    void mutatedDiscoveryCsv(long seed) throws IOException {
        Mutations m = new Mutations(seed);
        byte[] bytes = Mutations.csv(m.table(ADS, m.between(1, 8)), ',')
            .getBytes(StandardCharsets.UTF_8);
        check(seed, new AdsImporter(), "discovery.csv", m.random().nextInt(8) == 0
            ? m.bytes(bytes) : bytes);
    }

    private static void check(long seed, Importer importer, String name, byte[] bytes)
            throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("case-" + seed));
        Path file = Files.write(caseDir.resolve(name), bytes);
        String replay = FuzzSeeds.replay(seed);
        try {
            ImportResult result = importer.importFile(file, RvToolsImporterTest.OPTIONS);
            LoadResult again = ModelFiles.read(ModelFiles.toBytes(result.project()), "imported");
            assertThat(again.errors()).as("the imported model reads back, " + replay).isEmpty();
        } catch (InputException e) {
            assertThat(e.getMessage()).as(replay).doesNotContain("\n", "\r")
                .startsWith(file.toString()).doesNotContain("x".repeat(61));
            assertThat(e.getMessage().length()).as(e.getMessage() + " " + replay)
                .isLessThan(600);
        } catch (RuntimeException e) {
            throw new AssertionError("the import threw " + e + " for " + replay, e);
        } finally {
            assertThat(Files.readAllBytes(file)).as("input untouched, " + replay)
                .isEqualTo(bytes);
            try (Stream<Path> files = Files.list(caseDir)) {
                assertThat(files).as("nothing written, " + replay).containsExactly(file);
            }
            Files.delete(file);
            Files.delete(caseDir);
        }
    }
}
