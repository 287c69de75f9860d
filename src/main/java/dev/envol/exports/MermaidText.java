package dev.envol.exports;

import java.util.HashSet;
import java.util.Set;

/**
 * Mermaid's flowchart rules (checked with the real parser, see the diagrams README): ids
 * {@code [A-Za-z][A-Za-z0-9_]*} and never {@code end}; labels always quoted, with characters that
 * would end or change them written as Mermaid entity codes ({@code #quot;}, {@code #35;}).
 */
final class MermaidText {
    private final Set<String> used = new HashSet<>();

    /**
     * A fresh safe id for {@code raw}: {@code prefix} (a letter first, so never a digit or
     * {@code end}), letters and digits kept, anything else as {@code _}, a suffix when taken.
     */
    String id(String prefix, String raw) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            id.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
        }
        String candidate = id.toString();
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "_" + n;
        }
        return candidate;
    }

    /** {@code text} as the inside of a quoted label: one line, nothing Mermaid would parse. */
    static String label(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '#' -> out.append("#35;");
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '`' -> out.append("#96;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (c >= 0x20) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A comment line's text: Mermaid comments end at the line break. */
    static String comment(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
