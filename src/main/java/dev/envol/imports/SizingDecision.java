package dev.envol.imports;

import java.math.BigDecimal;

/**
 * What one server became in the target, and why.
 *
 * @param server       the VM name
 * @param need         what had to fit, e.g. "8 vCPU, 16 GiB (as allocated)"
 * @param instanceType the chosen type, or {@code null} when none fits
 * @param reason       why this type: the rule and the fit
 * @param usdPerHour   the on-demand price per instance in the region for the server's OS, or
 *                     {@code null} when the catalog has none
 * @param priceNote    the price, or why it is unpriced (never a silent 0)
 * @param target       the id of the target component it is part of
 */
public record SizingDecision(String server, String application, String need, String instanceType,
                             String reason, BigDecimal usdPerHour, String priceNote,
                             String target) {
    public boolean priced() {
        return usdPerHour != null;
    }
}
