package dev.envol.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

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

    /** Money for tables: {@code 12,345.67}. */
    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(
            Locale.ROOT));
        return format.format(cents(amount));
    }
}
