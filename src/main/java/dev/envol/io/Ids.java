package dev.envol.io;

import dev.envol.model.Excerpt;
/** The id rule of the model format: {@code [a-z0-9][a-z0-9-]*}, checked without a regex. */
final class Ids {
    private Ids() {
    }

    static boolean valid(String id) {
        if (id.isEmpty() || id.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    static String complaint(String id) {
        return "the id " + Excerpt.quoted(id) + " must start with a lower-case letter or digit and contain"
            + " only lower-case letters, digits and '-'";
    }
}
