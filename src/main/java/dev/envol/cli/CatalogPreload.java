package dev.envol.cli;

import dev.envol.catalog.ComponentCatalog;
import dev.envol.pricing.PriceCatalogs;
import java.util.Optional;
import java.util.Set;

/**
 * A cold start of a command that reads a model builds the component types (~30 ms), and one that
 * prices it reads the embedded price catalog (~110 ms), on another core while picocli builds the
 * command line and the model file is parsed: both are ready, or nearly, when the command asks for
 * them (the types first: reading the model needs them before pricing needs the prices).
 */
final class CatalogPreload {
    /** The commands that read a model. */
    static final Set<String> MODEL = Set.of("estimate", "plan", "check", "export", "diff");
    /** The commands that price the embedded catalog. */
    static final Set<String> PRICING = Set.of("estimate", "export", "diff");

    private CatalogPreload() {
    }

    /** Starts reading the catalogs {@code args} will need, if any; the thread, if any. */
    static Optional<Thread> startFor(String... args) {
        if (args.length == 0 || !MODEL.contains(args[0])) {
            return Optional.empty();
        }
        boolean prices = PRICING.contains(args[0]);
        Thread thread = new Thread(() -> {
            ComponentCatalog.standard();
            if (prices) {
                PriceCatalogs.embedded();
            }
        }, "envol-catalog");
        thread.setDaemon(true);
        // a failure shows where the command itself asks for the catalog, as without the preload
        thread.setUncaughtExceptionHandler((t, e) -> { });
        thread.start();
        return Optional.of(thread);
    }
}
