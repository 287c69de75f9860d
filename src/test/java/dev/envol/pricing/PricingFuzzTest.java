package dev.envol.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.envol.fuzz.FuzzSeeds;
import dev.envol.fuzz.Mutations;
import dev.envol.model.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-based test of the two price inputs from outside: offer files (mutated CSV) and Price
 * List responses of a refresh (mutated JSON through the real SDK against the loopback server of
 * {@link PriceRefreshTest}). The outcome is a result or one {@code InputException} line; after a
 * refused input the cache folder is byte-identical; an accepted one leaves a cache the catalog
 * reads. Seeded JUnit cases instead of jqwik (forbidden by ARCHITECTURE.md): the seed is in every
 * failure message, {@code -Denvol.fuzz.seed=N} replays it. Refresh cases are fewer: each one is
 * two HTTP round trips through the SDK.
 */
class PricingFuzzTest {
    @TempDir
    static Path work;
    private static List<List<String>> offerRows;
    private static Map<String, byte[]> baseline;
    private static JsonNode product;
    private static FakePriceListServer server;
    private static volatile Mutations serverMutations;

    @BeforeAll
    static void setUp() throws IOException {
        try (InputStream in = PricingFuzzTest.class.getResourceAsStream(
            "samples/offer-AmazonRDS-eu-west-2-head.csv")) {
            offerRows = new ArrayList<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(40)
                .forEach(l -> offerRows.add(new ArrayList<>(CsvLine.split(l))));
        }
        Path base = Files.createDirectories(work.resolve("baseline"));
        Path offer = Files.writeString(work.resolve("offer.csv"),
            Mutations.csv(offerRows, ','));
        new OfferImport(base, RefreshProgress.QUIET).run(offer);
        baseline = snapshot(base);
        assertThat(baseline).isNotEmpty();
        product = Mutations.parse(FakePriceListServer.m5Large().getBytes(StandardCharsets.UTF_8));
        server = new FakePriceListServer(PricingFuzzTest::answer);
    }

    @AfterAll
    static void tearDown() {
        server.close();
    }

    static LongStream offerSeeds() {
        return FuzzSeeds.of(21_500_000L, 1_500);
    }

    static LongStream refreshSeeds() {
        return FuzzSeeds.of(21_600_000L, 150);
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static Path freshCache(long seed) throws IOException {
        Path dir = Files.createDirectories(work.resolve("cache-" + seed));
        for (Map.Entry<String, byte[]> f : baseline.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        return dir;
    }

    private static void assertSameFiles(Path cache, long seed) throws IOException {
        Map<String, byte[]> now = snapshot(cache);
        assertThat(now.keySet()).as("cache files, " + FuzzSeeds.replay(seed))
            .isEqualTo(baseline.keySet());
        now.forEach((name, bytes) -> assertThat(bytes).as(name + ", " + FuzzSeeds.replay(seed))
            .isEqualTo(baseline.get(name)));
    }

    private static void assertOneLine(InputException e, long seed) {
        assertThat(e.getMessage()).as(FuzzSeeds.replay(seed)).doesNotContain("\n", "\r");
        assertThat(e.getMessage().length()).as(e.getMessage()).isLessThan(600);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("offerSeeds")
    void mutatedOfferFile(long seed) throws IOException {
        Mutations m = new Mutations(seed);
        byte[] bytes = Mutations.csv(m.table(offerRows, m.between(1, 8)), ',')
            .getBytes(StandardCharsets.UTF_8);
        if (m.random().nextInt(4) == 0) {
            bytes = m.bytes(bytes);
        }
        Path offer = Files.write(work.resolve("offer-" + seed + ".csv"), bytes);
        Path cache = freshCache(seed);
        try {
            OfferImport.Result result = new OfferImport(cache, RefreshProgress.QUIET).run(offer);
            if (result.prices() == 0) {
                assertSameFiles(cache, seed);
            }
            PriceCatalogs.standard(cache).lookup(PriceQuery.of("rds", "eu-west-2",
                "db.r6g.large"));
        } catch (InputException e) {
            assertOneLine(e, seed);
            assertSameFiles(cache, seed);
        } catch (RuntimeException e) {
            throw new AssertionError("the offer import threw " + e + " for "
                + FuzzSeeds.replay(seed), e);
        }
        assertThat(Files.readAllBytes(offer)).isEqualTo(bytes);
    }

    /** The server's answer for the running case: a mutated product, or a mutated body. */
    private static FakePriceListServer.Answer answer(FakePriceListServer.Received request) {
        Mutations m = serverMutations;
        synchronized (m) {
            byte[] mutated = m.json(product, m.between(1, 5));
            String text = new String(mutated, StandardCharsets.UTF_8);
            if (m.random().nextInt(4) == 0) {
                FakePriceListServer.Answer ok = FakePriceListServer.Answer.ok(List.of(text), null);
                return new FakePriceListServer.Answer(200, new String(m.bytes(
                    ok.body().getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8), 0);
            }
            return FakePriceListServer.Answer.ok(List.of(text), m.random().nextInt(10) == 0
                ? m.hostileText() : null);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("refreshSeeds")
    void mutatedPriceListResponses(long seed) throws IOException {
        serverMutations = new Mutations(seed);
        Path cache = freshCache(seed);
        PriceRefresh refresh = new PriceRefresh(cache, RefreshProgress.QUIET,
            PriceRefreshTest.CLOCK).credentials(PriceRefreshTest.TEST_CREDENTIALS)
            .limits(1, Duration.ofSeconds(10));
        try {
            refresh.run(new PriceRefresh.Request(List.of("us-east-1"), List.of("ec2"),
                server.uri(), null, List.of()));
            PriceCatalogs.standard(cache).lookup(PriceQuery.of("ec2", "us-east-1", "m5.large"));
        } catch (InputException e) {
            assertOneLine(e, seed);
            assertSameFiles(cache, seed);
        } catch (RuntimeException e) {
            throw new AssertionError("the refresh threw " + e + " for " + FuzzSeeds.replay(seed),
                e);
        }
    }
}
