package dev.envol.imports;

import dev.envol.pricing.InstanceSpec;
import java.math.BigDecimal;

/**
 * The sizing of one server.
 *
 * @param spec       the chosen type, or {@code null} when no allowed type fits
 * @param usdPerHour on-demand price for the server's OS in the region, or {@code null}
 * @param priceNote  the price as text, or why there is none
 */
record InstanceChoice(String need, InstanceSpec spec, String reason, BigDecimal usdPerHour,
                      String priceNote) {
}
