package dev.envol.pricing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where catalogs come from. */
public final class PriceCatalogs {
    /** The generated snapshot (see {@code EmbeddedCatalogGenerator}). */
    static final String EMBEDDED_RESOURCE = "embedded-prices.csv";
    static final String INSTANCE_TYPES_RESOURCE = "instance-types.csv";
    /** The volume tiers (see {@code EmbeddedTiersGenerator}). */
    static final String TIERS_RESOURCE = "embedded-tiers.csv";

    private PriceCatalogs() {
    }

    /**
     * The catalog the app and the command line use: the embedded snapshot, overlaid by the local
     * cache (newest source wins).
     */
    public static PriceCatalog standard() {
        return standard(CacheDir.resolve());
    }

    /** The embedded snapshot overlaid by the price cache under {@code cacheDir}. */
    public static PriceCatalog standard(Path cacheDir) {
        PriceCache cache = new PriceCache(cacheDir);
        PriceFile.Contents cached = cache.readContents();
        if (cached.entries().isEmpty() && cached.tiers().isEmpty()) {
            return embedded();
        }
        PriceTable table = new PriceTable();
        table.addAll(Embedded.ENTRIES);
        table.addTiers(Embedded.TIERS);
        table.addAll(cached.entries());
        table.addTiers(cached.tiers());
        return new TableCatalog(table,
            "embedded AWS list prices + price cache " + cache.dir(),
            "the embedded catalog or the price cache", Embedded.INSTANCE_TYPES);
    }

    /** The snapshot shipped in the jar. */
    public static PriceCatalog embedded() {
        return Embedded.CATALOG;
    }

    /** Loaded once, on first use. */
    private static final class Embedded {
        static final List<PriceEntry> ENTRIES = readEntries();
        static final List<TierEntry> TIERS = readTiers();
        static final List<InstanceSpec> INSTANCE_TYPES = readInstanceTypes();
        static final PriceCatalog CATALOG = catalog();

        private static PriceCatalog catalog() {
            PriceTable table = new PriceTable();
            table.addAll(ENTRIES);
            table.addTiers(TIERS);
            return new TableCatalog(table, "embedded AWS list prices (as of " + table.newest()
                + ")", "the embedded catalog", INSTANCE_TYPES);
        }

        private static List<PriceEntry> readEntries() {
            try (BufferedReader in = resource(EMBEDDED_RESOURCE)) {
                return List.copyOf(PriceFile.read(in, EMBEDDED_RESOURCE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<TierEntry> readTiers() {
            try (BufferedReader in = resource(TIERS_RESOURCE)) {
                return List.copyOf(PriceFile.readAll(in, TIERS_RESOURCE).tiers());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<InstanceSpec> readInstanceTypes() {
            List<InstanceSpec> specs = new ArrayList<>();
            try (BufferedReader in = resource(INSTANCE_TYPES_RESOURCE)) {
                in.readLine();
                String line;
                while ((line = in.readLine()) != null) {
                    List<String> f = CsvLine.split(line);
                    specs.add(new InstanceSpec(f.get(0), Integer.parseInt(f.get(1)),
                        new BigDecimal(f.get(2)), f.get(3)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.copyOf(specs);
        }

        private static BufferedReader resource(String name) {
            InputStream in = PriceCatalogs.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " in the jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
