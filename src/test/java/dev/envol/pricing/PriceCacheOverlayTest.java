package dev.envol.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.model.InputException;
import dev.envol.model.PurchaseOption;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceCacheOverlayTest {
    @TempDir
    Path cacheDir;

    private static PriceEntry ec2(String type, String usd, LocalDate asOf) {
        return new PriceEntry("ec2", "eu-west-3", type, "os=linux", PurchaseOption.ON_DEMAND,
            new BigDecimal(usd), "hour", null, null, asOf, "test source");
    }

    @Test
    void theNewestSourceWins() throws Exception {
        new PriceCache(cacheDir).write("refresh-ec2-eu-west-3.csv", "test", List.of(
            ec2("m5.large", "0.2", LocalDate.of(2030, 1, 1)),
            ec2("m5.xlarge", "9.9", LocalDate.of(2001, 1, 1))));
        PriceCatalog catalog = PriceCatalogs.standard(cacheDir);
        Price newer = (Price) catalog.lookup(PriceQuery.of("ec2", "eu-west-3", "m5.large"));
        assertThat(newer.usdPerUnit()).isEqualByComparingTo("0.2");
        assertThat(newer.source()).isEqualTo("test source");
        Price older = (Price) catalog.lookup(PriceQuery.of("ec2", "eu-west-3", "m5.xlarge"));
        assertThat(older.source()).startsWith("embedded:");
        assertThat(catalog.source()).contains("price cache");
    }

    @Test
    void anEmptyCacheIsTheEmbeddedCatalog() {
        assertThat(PriceCatalogs.standard(cacheDir)).isSameAs(PriceCatalogs.embedded());
    }

    @Test
    void aDamagedCacheFileIsNamedWithItsLine() throws Exception {
        Path file = CacheDir.prices(cacheDir).resolve("bad.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# header\np,ec2,eu-west-3\n");
        assertThatThrownBy(() -> PriceCatalogs.standard(cacheDir))
            .isInstanceOf(InputException.class)
            .hasMessageStartingWith(file + " line 2: ");
    }

    @Test
    void writesRoundTripWithTheirSourcesAndLeaveNoTempFile() throws Exception {
        PriceEntry reserved = new PriceEntry("rds", "eu-west-1", "db.r6g.large",
            "deployment=single-az;engine=mysql", PurchaseOption.RESERVED_3Y_ALL_UPFRONT,
            new BigDecimal("0.0361"), "hour", new BigDecimal("949"), BigDecimal.ZERO,
            LocalDate.of(2026, 11, 27), "AWS Price List, \"quoted\"");
        PriceCache cache = new PriceCache(cacheDir);
        cache.write("x.csv", "two\nlines", List.of(reserved));
        assertThat(cache.readAll()).containsExactly(reserved);
        assertThat(cache.files()).hasSize(1);
        try (var list = Files.list(cache.dir())) {
            assertThat(list).hasSize(1);
        }
    }
}
