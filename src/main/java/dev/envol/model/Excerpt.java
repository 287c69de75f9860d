package dev.envol.model;

import java.math.BigDecimal;

/**
 * Values quoted in a one-line message, kept short and on one line: a hostile file can hold a
 * 10,000-character id or a 300-digit number, and echoing it whole buries the message (and a line
 * break inside it would break the one-line rule every front end relies on).
 */
public final class Excerpt {
    /** Characters of a value a message quotes before cutting it. */
    public static final int MAX_CHARS = 60;
    /** An ellipsis marks the cut, so a reader knows the value goes on. */
    public static final String ELLIPSIS = "…";

    private Excerpt() {
    }

    /** The text cut to {@link #MAX_CHARS} characters, control characters escaped. */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); i++) {
            if (shown == MAX_CHARS) {
                return out.append(ELLIPSIS).toString();
            }
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && shown == MAX_CHARS - 1) {
                return out.append(ELLIPSIS).toString();
            }
            out.append(escape(c));
            shown++;
        }
        return out.toString();
    }

    /** The text in double quotes, cut as {@link #of(String)} does. */
    public static String quoted(String text) {
        return "\"" + of(text) + "\"";
    }

    /**
     * A number as a person reads it: plain when short ({@code 1500.5}), scientific when the plain
     * form would be long ({@code 1E+308}), cut when even that is long (300 significant digits).
     */
    public static String number(BigDecimal number) {
        if (number == null) {
            return "null";
        }
        String plain = number.toPlainString();
        if (plain.length() <= 24) {
            return plain;
        }
        try {
            BigDecimal rounded = number.round(new java.math.MathContext(16)).stripTrailingZeros();
            return of(rounded.compareTo(number) == 0 ? rounded.toString()
                : "about " + rounded.toString());
        } catch (ArithmeticException extremeExponent) {
            return of(number.toString());
        }
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                return c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029'
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        }
    }
}
