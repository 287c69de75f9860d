package dev.envol.exports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts and coordinates as text, exactly as {@code String.format(Locale.ROOT, "%,.2f", x)} and
 * {@code "%.2f"} write them, without a {@link java.util.Formatter} per number (each builds its
 * decimal symbols and parses its pattern: a large export formats hundreds of thousands).
 */
final class Decimals {
    private Decimals() {
    }

    /** {@code 1,234,567.89}: rounded half up to {@code decimals}, thousands grouped by commas. */
    static String grouped(BigDecimal value, int decimals) {
        // as Formatter: the sign is the value's own, so -0.4 to no decimals is "-0"
        String digits = value.abs().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        int point = digits.indexOf('.');
        int whole = point < 0 ? digits.length() : point;
        StringBuilder text = new StringBuilder(digits.length() + whole / 3 + 1);
        if (value.signum() < 0) {
            text.append('-');
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.append(digits, whole, digits.length()).toString();
    }

    /** {@code hundredths / 100} with two decimals ({@code 12.50}, {@code -0.05}). */
    static String hundredths(long hundredths) {
        long abs = Math.abs(hundredths);
        long cents = abs % 100;
        return (hundredths < 0 ? "-" : "") + abs / 100 + (cents < 10 ? ".0" : ".") + cents;
    }
}
