package dev.envol.cli;

import dev.envol.pricing.PriceCatalogs;
import java.util.Optional;
import java.util.Set;

/**
 * A cold start of a command that prices a model reads the embedded price catalog (~16,000
 * prices) while, on another core, picocli builds the command line and the model is read: the
 * catalog is ready, or nearly, when the command asks for it.
 */
final class CatalogPreload {
    /** The commands that price the embedded catalog. */
    static final Set<String> PRICING = Set.of("estimate", "export", "diff");

    private CatalogPreload() {
    }

    /** Starts reading the catalog when {@code args} name a pricing command; the thread, if any. */
    static Optional<Thread> startFor(String... args) {
        if (args.length == 0 || !PRICING.contains(args[0])) {
            return Optional.empty();
        }
        Thread thread = new Thread(PriceCatalogs::embedded, "envol-catalog");
        thread.setDaemon(true);
        // a failure shows where the command itself asks for the catalog, as without the preload
        thread.setUncaughtExceptionHandler((t, e) -> { });
        thread.start();
        return Optional.of(thread);
    }
}
