package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written number formats write exactly what {@link String#format} wrote before. */
class DecimalsTest {
    @Test
    void groupedIsWhatFormatterWrites() {
        Random random = new Random(7);
        for (String fixed : new String[] {"0", "-0.4", "0.5", "-0.5", "999.995", "1000",
            "-1234567.891", "123456789012345.5"}) {
            assertSameAsFormatter(new BigDecimal(fixed));
        }
        for (int i = 0; i < 5_000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L,
                random.nextInt(6));
            assertSameAsFormatter(value);
        }
    }

    private static void assertSameAsFormatter(BigDecimal value) {
        assertThat(Decimals.grouped(value, 0)).isEqualTo(String.format(Locale.ROOT, "%,.0f", value));
        assertThat(Decimals.grouped(value, 2)).isEqualTo(String.format(Locale.ROOT, "%,.2f", value));
    }

    @Test
    void hundredthsIsWhatFormatterWrites() {
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            long hundredths = random.nextInt(2_000_000) - 1_000_000;
            assertThat(Decimals.hundredths(hundredths))
                .isEqualTo(String.format(Locale.ROOT, "%.2f", hundredths / 100.0));
        }
    }

    @Test
    void svgNumbersAreRoundedWithoutTrailingZeros() {
        var two = SvgNumbers.rounded(2);
        assertThat(two.apply(12.0)).isEqualTo("12");
        assertThat(two.apply(12.5)).isEqualTo("12.5");
        assertThat(two.apply(-0.254)).isEqualTo("-0.25");
        assertThat(two.apply(0.001)).isEqualTo("0");
        assertThat(two.apply(1.005001)).isEqualTo("1.01");
        assertThat(two.apply(167.58000000001)).isEqualTo("167.58");
        assertThat(SvgNumbers.rounded(4).apply(0.70710678)).isEqualTo("0.7071");
        assertThat(SvgNumbers.rounded(4).apply(-0.00005)).isEqualTo("-0.0001");
        assertThat(two.apply(Double.NaN)).isEqualTo("NaN");
        Random random = new Random(3);
        for (int i = 0; i < 5_000; i++) {
            double value = (random.nextDouble() - 0.5) * 1e6;
            assertThat(Double.parseDouble(two.apply(value))).isCloseTo(value,
                org.assertj.core.data.Offset.offset(0.005 + 1e-9));
        }
    }
}
