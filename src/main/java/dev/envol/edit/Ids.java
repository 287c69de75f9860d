package dev.envol.edit;

import java.util.Locale;
import java.util.Set;

/** Component ids that follow the format ({@code [a-z0-9][a-z0-9-]*}) and are not yet used. */
public final class Ids {
    private Ids() {
    }

    /** {@code base} made valid, with {@code -2}, {@code -3}... until unused; added to {@code used}. */
    public static String fresh(String base, Set<String> used) {
        String stem = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
            .replaceAll("-\\d+$", "").replaceAll("^-+|-+$", "");
        if (stem.isEmpty()) {
            stem = "c";
        }
        String id = stem;
        for (int n = 2; used.contains(id); n++) {
            id = stem + "-" + n;
        }
        used.add(id);
        return id;
    }
}
