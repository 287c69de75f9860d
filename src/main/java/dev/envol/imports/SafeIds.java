package dev.envol.imports;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Model ids from names found in a file: {@code [a-z0-9][a-z0-9-]*}, unique across the model
 * (a second "web-01" becomes "web-01-2"). VM names come with dots, spaces, capitals and accents.
 */
final class SafeIds {
    private final Set<String> used = new HashSet<>();

    String next(String name) {
        String base = base(name);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String base(String name) {
        String ascii = java.text.Normalizer.normalize(name == null ? "" : name,
            java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String id = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
        if (id.length() > 60) {
            id = id.substring(0, 60).replaceAll("-+$", "");
        }
        return id.isEmpty() ? "unnamed" : id;
    }
}
