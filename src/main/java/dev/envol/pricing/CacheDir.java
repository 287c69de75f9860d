package dev.envol.pricing;

import java.nio.file.Path;

/**
 * The user's cache folder: system property {@code envol.cacheDir}, else {@code ENVOL_CACHE_DIR},
 * else {@code $XDG_CACHE_HOME/envol}, else {@code ~/.cache/envol}. Prices live in its
 * {@code prices/} folder.
 */
public final class CacheDir {
    private CacheDir() {
    }

    public static Path resolve() {
        String property = System.getProperty("envol.cacheDir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("ENVOL_CACHE_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "envol");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "envol");
    }

    /** The folder of price files under {@code cacheDir}. */
    public static Path prices(Path cacheDir) {
        return cacheDir.resolve("prices");
    }
}
