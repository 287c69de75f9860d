package dev.envol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AmountsTest {
    /** What tables showed before money was grouped by hand. */
    private static String formatted(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
            .format(Amounts.cents(amount));
    }

    @Test
    void moneyIsWrittenAsTheDecimalFormatWroteIt() {
        for (String text : new String[] {"0", "0.004", "0.005", "-0.004", "-0.005", "1", "12.3",
            "999.995", "1000", "-1000", "12345.678", "-98765432.105", "100000", "1234567.891",
            "-0.5", "0.0000001"}) {
            BigDecimal amount = new BigDecimal(text);
            assertEquals(formatted(amount), Amounts.money(amount), text);
        }
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L,
                random.nextInt(6));
            assertEquals(formatted(amount), Amounts.money(amount), amount.toPlainString());
        }
    }

    @Test
    void quantitiesAreWrittenAsTheDecimalFormatWroteThem() {
        DecimalFormat format = new DecimalFormat("#,##0.##",
            DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (String text : new String[] {"0", "0.004", "0.005", "0.015", "0.025", "-0.004",
            "-0.005", "1", "12.30", "999.995", "1000", "-1000", "12345.678", "1E+3", "2.5E+7",
            "0.0000001", "100000.10"}) {
            BigDecimal value = new BigDecimal(text);
            assertEquals(format.format(value), Amounts.grouped(value), text);
        }
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000L,
                random.nextInt(9) - 1);
            assertEquals(format.format(value), Amounts.grouped(value), value.toString());
        }
    }

    @Test
    void groupsThousands() {
        assertEquals("-1,234,567.89", Amounts.money(new BigDecimal("-1234567.891")));
        assertEquals("100,000.00", Amounts.money(new BigDecimal("100000")));
    }
}
