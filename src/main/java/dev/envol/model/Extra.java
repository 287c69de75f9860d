package dev.envol.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Helpers for the unknown-field maps every record keeps (see package docs). */
public final class Extra {
    private Extra() {
    }

    /** An unmodifiable copy that keeps the order and allows {@code null} values (JSON null). */
    public static Map<String, Object> copy(Map<String, Object> extra) {
        if (extra == null || extra.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
