package dev.envol.io;

/** Builds JSON paths such as {@code $.current.components[3].type} for problem reports. */
final class JsonPath {
    private JsonPath() {
    }

    static String key(String parent, String key) {
        return simple(key) ? parent + "." + key
            : parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    private static boolean simple(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
