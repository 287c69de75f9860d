package dev.envol.io;

import dev.envol.model.Excerpt;
import java.util.ArrayList;
import java.util.List;

/** Builds JSON paths such as {@code $.current.components[3].type} for problem reports. */
final class JsonPath {
    /**
     * Segments a path keeps whole: the deepest the format has
     * ({@code $.current.components[0].suppress[0].reason}); a deeper one (inside extras) keeps
     * its first three and its last.
     */
    static final int MAX_SEGMENTS = 6;

    private JsonPath() {
    }

    /**
     * The path as a message shows it: {@code $.target.components[3]...props} when deeper than
     * {@link #MAX_SEGMENTS} (a file nested 100,000 levels deep has a path of kilobytes), each
     * quoted key cut as {@link Excerpt} cuts values.
     */
    static String shorten(String path) {
        List<String> segments = segments(path);
        StringBuilder out = new StringBuilder("$");
        if (segments.size() <= MAX_SEGMENTS) {
            segments.forEach(out::append);
            return out.toString();
        }
        for (int i = 0; i < 3; i++) {
            out.append(segments.get(i));
        }
        String last = segments.get(segments.size() - 1);
        return out.append("...").append(last.startsWith(".") ? last.substring(1) : last)
            .toString();
    }

    /** {@code .key}, {@code [3]} and {@code ['odd key']} segments after the {@code $}. */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        int i = path.startsWith("$") ? 1 : 0;
        while (i < path.length()) {
            int end;
            if (path.startsWith("['", i)) {
                end = i + 2;
                while (end < path.length() && !path.startsWith("']", end)) {
                    end += path.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(path.length(), end + 2);
                String key = path.substring(i + 2, Math.max(i + 2, end - 2));
                segments.add("['" + Excerpt.of(key) + "']");
            } else {
                end = i + 1;
                while (end < path.length() && path.charAt(end) != '.'
                    && path.charAt(end) != '[') {
                    end++;
                }
                String segment = path.substring(i, end);
                segments.add(segment.length() > Excerpt.MAX_CHARS + 1
                    ? segment.charAt(0) + Excerpt.of(segment.substring(1)) : segment);
            }
            i = end;
        }
        return segments;
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
