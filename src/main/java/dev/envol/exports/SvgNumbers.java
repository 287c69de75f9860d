package dev.envol.exports;

import java.util.function.DoubleFunction;

/**
 * Numbers in an exported SVG, rounded to a fixed number of decimals without trailing zeros
 * ({@code 12}, {@code 12.5}, {@code -0.25}). JFreeSVG's default writes each coordinate's
 * shortest exact form ({@code 123.45678901234}), whose formatting was the hottest frame of a
 * 1,000-application export; a hundredth of a canvas unit is far below what any viewer shows.
 */
final class SvgNumbers {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /** Beyond this the scaled value may not fit a long: written as Java writes doubles. */
    private static final double LARGEST = 1e12;
    /** Texts of the whole numbers 0 to 65,535, as first asked for. */
    private static final String[] WHOLE = new String[1 << 16];

    private SvgNumbers() {
    }

    /** Rounds half away from zero to {@code decimals} (0 to 6) places. */
    static DoubleFunction<String> rounded(int decimals) {
        if (decimals < 0 || decimals >= POWERS.length) {
            throw new IllegalArgumentException("decimals 0 to " + (POWERS.length - 1)
                + ": " + decimals);
        }
        long unit = POWERS[decimals];
        return value -> format(value, unit, decimals);
    }

    private static String format(double value, long unit, int decimals) {
        if (!(Math.abs(value) < LARGEST)) {
            return Double.toString(value); // NaN, infinities and huge values, as they are
        }
        long scaled = Math.round(Math.abs(value) * unit);
        long whole = scaled / unit;
        long fraction = scaled % unit;
        if (fraction == 0 && (value >= 0 || whole == 0) && whole < WHOLE.length) {
            return whole(whole); // most coordinates of a diagram are whole units
        }
        StringBuilder text = new StringBuilder(24);
        if (value < 0) {
            text.append('-');
        }
        text.append(whole);
        if (fraction != 0) {
            int digits = decimals;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            text.append('.');
            String tail = Long.toString(fraction);
            for (int pad = digits - tail.length(); pad > 0; pad--) {
                text.append('0');
            }
            text.append(tail);
        }
        return text.toString();
    }

    /** The text of a small whole number, made once (a race only makes it twice). */
    private static String whole(long value) {
        String text = WHOLE[(int) value];
        if (text == null) {
            text = Long.toString(value);
            WHOLE[(int) value] = text;
        }
        return text;
    }
}
