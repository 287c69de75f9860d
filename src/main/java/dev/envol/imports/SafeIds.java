package dev.envol.imports;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Model ids from names found in a file: {@code [a-z0-9][a-z0-9-]*}, unique across the model
 * (a second "web-01" becomes "web-01-2"). VM names come with dots, spaces, capitals and accents.
 */
final class SafeIds {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGES = Pattern.compile("^-+|-+$");

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
        String ascii = MARKS.matcher(java.text.Normalizer.normalize(name == null ? "" : name,
            java.text.Normalizer.Form.NFD)).replaceAll("");
        String id = EDGES.matcher(OTHER.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"))
            .replaceAll("");
        if (id.length() > 60) {
            id = id.substring(0, 60).replaceAll("-+$", "");
        }
        return id.isEmpty() ? "unnamed" : id;
    }
}
