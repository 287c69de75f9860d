package dev.envol.cost;

import java.math.BigDecimal;

/**
 * An exact sum of amounts, as {@code BigDecimal.add} one after the other gives it (same value,
 * same scale), but cheaper: amounts are added to others of their own scale first, so most
 * additions stay within a {@code long} instead of rescaling a growing total to every new scale.
 */
final class Sum {
    private static final int SCALES = 24;

    private int scale;
    private BigDecimal sum;
    private BigDecimal[] byScale;
    private BigDecimal other = BigDecimal.ZERO;

    void add(BigDecimal amount) {
        int s = amount.scale();
        if (sum != null && s == scale) {
            sum = sum.add(amount);
        } else if (sum == null && s >= 0) {
            scale = s;
            sum = amount;
        } else if (s >= 0 && s < SCALES) {
            if (byScale == null) {
                byScale = new BigDecimal[SCALES];
            }
            BigDecimal at = byScale[s];
            byScale[s] = at == null ? amount : at.add(amount);
        } else {
            other = other.add(amount);
        }
    }

    BigDecimal total() {
        BigDecimal total = sum == null ? other : other.add(sum);
        if (byScale != null) {
            for (BigDecimal at : byScale) {
                if (at != null) {
                    total = total.add(at);
                }
            }
        }
        return total;
    }
}
