package dev.envol.pricing;

import java.time.LocalDate;
import java.util.List;

/** Where catalogs come from. */
public final class PriceCatalogs {
    private PriceCatalogs() {
    }

    /**
     * The catalog the app and the command line use: the embedded snapshot, overlaid by the local
     * cache (newest source wins).
     */
    public static PriceCatalog standard() {
        return embedded();
    }

    /** The snapshot shipped in the jar. */
    public static PriceCatalog embedded() {
        // Replaced by the embedded catalog of the pricing work; until then nothing is priced.
        return new PriceCatalog() {
            @Override
            public PriceResult lookup(PriceQuery query) {
                return new Unpriced("no embedded price catalog in this build");
            }

            @Override
            public String source() {
                return "none";
            }

            @Override
            public LocalDate asOf() {
                return LocalDate.of(1970, 1, 1);
            }

            @Override
            public List<InstanceSpec> instanceTypes() {
                return List.of();
            }
        };
    }
}
