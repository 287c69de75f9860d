package dev.envol.exports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts and coordinates as text, exactly as {@code String.format(Locale.ROOT, "%,.2f", x)} and
 * {@code "%.2f"} write them (and, for the command line's tables, thousands grouped), without a {@link java.util.Formatter} per number (each builds its
 * decimal symbols and parses its pattern: a large export formats hundreds of thousands).
 */
public final class Decimals {
    private Decimals() {
    }

    /** {@code 1,234,567.89}: rounded half up to {@code decimals}, thousands grouped by commas. */
    static String grouped(BigDecimal value, int decimals) {
        // as Formatter: the sign is the value's own, so -0.4 to no decimals is "-0"
        String digits = value.abs().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return (value.signum() < 0 ? "-" : "") + thousands(digits);
    }

    /**
     * {@code plain}, a number as {@link BigDecimal#toPlainString()} writes it, with commas
     * between the thousands of its whole part: {@code -1234567.5} gives {@code -1,234,567.5}.
     */
    public static String thousands(String plain) {
        int sign = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int whole = point < 0 ? plain.length() : point;
        StringBuilder text = new StringBuilder(plain.length() + whole / 3).append(plain, 0, sign);
        for (int i = sign; i < whole; i++) {
            if (i > sign && (whole - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, whole, plain.length()).toString();
    }

    /** {@code hundredths / 100} with two decimals ({@code 12.50}, {@code -0.05}). */
    static String hundredths(long hundredths) {
        long abs = Math.abs(hundredths);
        long cents = abs % 100;
        return (hundredths < 0 ? "-" : "") + abs / 100 + (cents < 10 ? ".0" : ".") + cents;
    }
}
