package dev.envol.pricing.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.envol.pricing.PriceEntry;
import dev.envol.pricing.PriceFile;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed embedded catalog holds every row of the shared price data: regenerating it from
 * {@code ../shared/data/prices} gives exactly the committed entries (so a row added there and not
 * regenerated fails here), and every generated entry is a row's price or a newer row's.
 */
class SharedDataInCatalogTest {
    private static final Path DATA = Path.of("../shared/data/prices");

    private static Map<String, PriceEntry> byId(List<PriceEntry> entries) {
        Map<String, PriceEntry> map = new HashMap<>();
        entries.forEach(e -> map.put(e.id(), e));
        return map;
    }

    @Test
    void theCommittedCatalogIsTheSharedDataRegenerated(@org.junit.jupiter.api.io.TempDir Path out)
        throws Exception {
        assumeTrue(Files.isDirectory(DATA), "the shared price data is next to the project");
        EmbeddedCatalogGenerator generator = new EmbeddedCatalogGenerator();
        generator.readAll(DATA);
        Path file = out.resolve("embedded-prices.csv");
        int count = generator.write(file);
        List<PriceEntry> generated;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            generated = PriceFile.read(in, "generated");
        }
        List<PriceEntry> committed;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            PriceEntry.class.getResourceAsStream("embedded-prices.csv"), StandardCharsets.UTF_8))) {
            committed = PriceFile.read(in, "embedded-prices.csv");
        }
        assertThat(committed).hasSize(count);
        Map<String, PriceEntry> committedById = byId(committed);
        List<String> differences = new ArrayList<>();
        for (PriceEntry e : generated) {
            PriceEntry c = committedById.get(e.id());
            if (c == null || c.usdPerUnit().compareTo(e.usdPerUnit()) != 0
                || !c.asOf().equals(e.asOf()) || !c.source().equals(e.source())) {
                differences.add(e.id());
            }
        }
        assertThat(differences).as("regenerate the embedded catalog (see README, Prices)")
            .isEmpty();
    }

    @Test
    void everyUnitPriceRowIsInTheCatalogWithItsSourceAndDate() throws Exception {
        assumeTrue(Files.isDirectory(DATA), "the shared price data is next to the project");
        EmbeddedCatalogGenerator generator = new EmbeddedCatalogGenerator();
        generator.readAll(DATA);
        Path file = Files.createTempFile("embedded", ".csv");
        generator.write(file);
        Map<String, PriceEntry> catalog;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            catalog = byId(PriceFile.read(in, "generated"));
        } finally {
            Files.delete(file);
        }
        int rows = 0;
        List<String> missing = new ArrayList<>();
        for (Map<String, String> row : EmbeddedCatalogGenerator.rows(DATA.resolve("unit-prices.csv"))) {
            rows++;
            List<UnitPriceRules.Mapped> mapped = UnitPriceRules.map(row);
            if (mapped.isEmpty()) {
                // a later volume tier (Shield Advanced over 100 TB): the tier model's
                assertThat(row.get("item")).matches(".*(TB|PB).*");
                continue;
            }
            UnitPriceRules.Mapped m = mapped.get(0);
            PriceEntry entry = catalog.get(new PriceEntry(m.service(), m.region(), m.key(),
                m.options(), null, m.usdPerUnit(), m.unit(), null, null,
                EmbeddedCatalogGenerator.date(row.get("asOf")), "x").id());
            String source = EmbeddedCatalogGenerator.source(row);
            // kept as is, or overridden by another row at least as new (newer rows win)
            boolean kept = entry != null && (entry.usdPerUnit().compareTo(m.usdPerUnit()) == 0
                && entry.source().startsWith(source)
                || !entry.source().startsWith(source)
                && !entry.asOf().isBefore(EmbeddedCatalogGenerator.date(row.get("asOf"))));
            if (!kept) {
                missing.add(row.get("service") + " " + row.get("region") + " " + row.get("item"));
            }
        }
        assertThat(rows).isGreaterThan(90);
        assertThat(missing).isEmpty();
    }
}
