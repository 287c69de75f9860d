package dev.envol.cost;

import dev.envol.model.AwsSupport;
import java.math.BigDecimal;
import java.util.List;

/**
 * AWS's published price of a support plan, a function of one month's AWS charges (every
 * {@code aws.*} line, before support): a percentage per band of the charges, never less than
 * the plan's minimum. Developer: max(29, 3 %). Business: max(100, 10 % of the first 10,000 +
 * 7 % from 10,000 to 80,000 + 5 % from 80,000 to 250,000 + 3 % above 250,000). Enterprise:
 * max(15,000, 10 % of the first 150,000 + 7 % to 500,000 + 5 % to 1,000,000 + 3 % above).
 * Basic is free. Amounts in USD, as AWS states them; {@link #monthly} gives the same figure in
 * the model currency by scaling the band edges and the minimum by the exchange rate, which is
 * exact (no division) and equals {@code rate x f(charges / rate)}.
 */
public final class AwsSupportFormula {
    /** A band: from {@code fromUsd} (inclusive) to the next band's start, at {@code rate}. */
    public record Band(BigDecimal fromUsd, BigDecimal rate) {
    }

    private AwsSupportFormula() {
    }

    /** The plan's monthly minimum in USD (0 for Basic). */
    public static BigDecimal minimumUsd(AwsSupport plan) {
        return switch (plan) {
            case BASIC -> BigDecimal.ZERO;
            case DEVELOPER -> new BigDecimal("29");
            case BUSINESS -> new BigDecimal("100");
            case ENTERPRISE -> new BigDecimal("15000");
        };
    }

    /** The plan's bands in ascending order; empty for Basic. */
    public static List<Band> bands(AwsSupport plan) {
        return switch (plan) {
            case BASIC -> List.of();
            case DEVELOPER -> List.of(band("0", "0.03"));
            case BUSINESS -> List.of(band("0", "0.10"), band("10000", "0.07"),
                band("80000", "0.05"), band("250000", "0.03"));
            case ENTERPRISE -> List.of(band("0", "0.10"), band("150000", "0.07"),
                band("500000", "0.05"), band("1000000", "0.03"));
        };
    }

    /** The plan's price in USD for a month of {@code awsUsd} AWS charges. */
    public static BigDecimal monthlyUsd(AwsSupport plan, BigDecimal awsUsd) {
        return monthly(plan, awsUsd, BigDecimal.ONE);
    }

    /**
     * The plan's price in the model currency for a month of {@code awsCharges} (in the model
     * currency), with {@code usdToCurrency} the rate the charges were converted at.
     */
    public static BigDecimal monthly(AwsSupport plan, BigDecimal awsCharges,
                                     BigDecimal usdToCurrency) {
        List<Band> bands = bands(plan);
        BigDecimal charges = awsCharges.max(BigDecimal.ZERO);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal from = bands.get(i).fromUsd().multiply(usdToCurrency);
            BigDecimal slice = charges.subtract(from);
            if (i + 1 < bands.size()) {
                BigDecimal to = bands.get(i + 1).fromUsd().multiply(usdToCurrency);
                slice = slice.min(to.subtract(from));
            }
            if (slice.signum() > 0) {
                sum = sum.add(slice.multiply(bands.get(i).rate()));
            }
        }
        return sum.max(minimumUsd(plan).multiply(usdToCurrency));
    }

    private static Band band(String from, String rate) {
        return new Band(new BigDecimal(from), new BigDecimal(rate));
    }
}
