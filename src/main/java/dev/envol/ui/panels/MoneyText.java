package dev.envol.ui.panels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts as people read them: the model currency, rounded for display only. */
public final class MoneyText {
    private MoneyText() {
    }

    public static String format(BigDecimal amount, String currency, Locale locale, int decimals) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        try {
            f.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            f = NumberFormat.getNumberInstance(locale);
        }
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(amount.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** Short form for badges: 1.2k, 35k, 1.4M. */
    public static String compact(BigDecimal amount, String currency) {
        double v = amount.doubleValue(); // display only
        String symbol = currency.equals("EUR") ? "€" : currency.equals("USD") ? "$" : currency + " ";
        if (Math.abs(v) >= 1_000_000) {
            return symbol + String.format(Locale.ROOT, "%.1fM", v / 1_000_000);
        }
        if (Math.abs(v) >= 10_000) {
            return symbol + String.format(Locale.ROOT, "%.0fk", v / 1000);
        }
        if (Math.abs(v) >= 1000) {
            return symbol + String.format(Locale.ROOT, "%.1fk", v / 1000);
        }
        return symbol + String.format(Locale.ROOT, "%.0f", v);
    }
}
