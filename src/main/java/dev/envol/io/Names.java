package dev.envol.io;

import dev.envol.model.Excerpt;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Messages for a value outside a fixed list: say what was found and what is allowed. */
final class Names {
    private Names() {
    }

    static String unknown(String what, String found, Enum<?>[] allowed) {
        String list = Arrays.stream(allowed).map(Names::key).collect(Collectors.joining(", "));
        return "unknown " + what + " " + Excerpt.quoted(found) + " (expected one of: " + list + ")";
    }

    static String unknown(String what, String found, Iterable<String> allowed) {
        return "unknown " + what + " " + Excerpt.quoted(found) + " (expected one of: "
            + String.join(", ", allowed) + ")";
    }

    private static String key(Enum<?> value) {
        if (value instanceof dev.envol.model.PurchaseOption p) {
            return p.key();
        }
        return value.name().toLowerCase(Locale.ROOT);
    }
}
