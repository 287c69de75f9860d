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
        PriceTable table = new PriceTable(List.of(Embedded.PRICES, Embedded.TIERS,
            PriceTable.Source.of(cached)));
        return new TableCatalog(table,
            "embedded AWS list prices + price cache " + cache.dir(),
            "the embedded catalog or the price cache", Embedded.INSTANCE_TYPES);
    }

    /** The snapshot shipped in the jar. */
    public static PriceCatalog embedded() {
        return Embedded.CATALOG;
    }

    /**
     * Loaded once, on first use: the text of the prices and tiers, parsed a part (a service in a
     * region) at a time when a lookup first needs it ({@link PriceParts}).
     */
    private static final class Embedded {
        static final PriceTable.Source PRICES = parts(EMBEDDED_RESOURCE);
        static final PriceTable.Source TIERS = parts(TIERS_RESOURCE);
        static final List<InstanceSpec> INSTANCE_TYPES = readInstanceTypes();
        static final PriceCatalog CATALOG = catalog();

        private static PriceCatalog catalog() {
            PriceTable table = new PriceTable(List.of(PRICES, TIERS));
            return new TableCatalog(table, "embedded AWS list prices (as of " + table.newest()
                + ")", "the embedded catalog", INSTANCE_TYPES);
        }

        private static PriceTable.Source parts(String name) {
            try (InputStream in = stream(name)) {
                return new PriceParts(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<InstanceSpec> readInstanceTypes() {
            List<InstanceSpec> specs = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                stream(INSTANCE_TYPES_RESOURCE), StandardCharsets.UTF_8))) {
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

        private static InputStream stream(String name) {
            InputStream in = PriceCatalogs.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " in the jar");
            }
            return in;
        }
    }
}
