package dev.envol.model;

import java.util.Optional;

/**
 * How AWS capacity is bought. {@link #key()} is the spelling in the model file
 * ({@code settings.pricing} and the per-component {@code pricing} property) and on the command
 * line. Reserved options are AWS "standard" reservations.
 */
public enum PurchaseOption {
    ON_DEMAND("on-demand", 0, "No Upfront"),
    RESERVED_1Y_NO_UPFRONT("reserved-1y-no-upfront", 1, "No Upfront"),
    RESERVED_1Y_PARTIAL_UPFRONT("reserved-1y-partial-upfront", 1, "Partial Upfront"),
    RESERVED_1Y_ALL_UPFRONT("reserved-1y-all-upfront", 1, "All Upfront"),
    RESERVED_3Y_NO_UPFRONT("reserved-3y-no-upfront", 3, "No Upfront"),
    RESERVED_3Y_PARTIAL_UPFRONT("reserved-3y-partial-upfront", 3, "Partial Upfront"),
    RESERVED_3Y_ALL_UPFRONT("reserved-3y-all-upfront", 3, "All Upfront");

    private final String key;
    private final int years;
    private final String awsPaymentOption;

    PurchaseOption(String key, int years, String awsPaymentOption) {
        this.key = key;
        this.years = years;
        this.awsPaymentOption = awsPaymentOption;
    }

    public String key() {
        return key;
    }

    /** Term length in years; 0 for on-demand. */
    public int years() {
        return years;
    }

    /** AWS's {@code PurchaseOption} term attribute ("No Upfront", ...); meaningless on-demand. */
    public String awsPaymentOption() {
        return awsPaymentOption;
    }

    public boolean isReserved() {
        return years > 0;
    }

    public static Optional<PurchaseOption> fromKey(String key) {
        for (PurchaseOption p : values()) {
            if (p.key.equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
