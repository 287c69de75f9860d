package dev.envol.cli;

import dev.envol.exports.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Display rounding of the cost commands: the engine is exact, output shows cents. */
final class Amounts {
    private Amounts() {
    }

    /** Money for JSON and CSV: rounded to cents. */
    static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * A quantity or unit price: to 10 decimals (a Lambda request costs 0.000000184 EUR), without
     * trailing zeros, never in E notation.
     */
    static BigDecimal exact(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Money for tables: {@code 12,345.67}, as {@code DecimalFormat("#,##0.00")} in
     * {@link java.util.Locale#ROOT} writes the cents. Grouped by hand ({@link Decimals#thousands}),
     * here and in {@link #grouped}: a table prints hundreds of amounts, and a format (its symbols
     * copied from the locale data each time, the first time after loading them) cost a cold
     * {@code estimate} about 35 ms.
     */
    static String money(BigDecimal amount) {
        return Decimals.thousands(cents(amount).toPlainString());
    }

    /**
     * A quantity for tables: {@code 1,234.5}, to at most 2 decimals (half even), as
     * {@code DecimalFormat("#,##0.##")} in {@link java.util.Locale#ROOT} writes it.
     */
    static String grouped(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return value.signum() < 0 ? "-0" : "0";
        }
        return Decimals.thousands(
            (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString());
    }
}
