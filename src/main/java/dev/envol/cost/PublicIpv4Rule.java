package dev.envol.cost;

import static dev.envol.cost.CostCategory.NETWORK;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code aws.public-ipv4}: every in-use public IPv4 address is billed by the hour
 * (addresses x count x the model's hours a month). The free tier of new accounts (750 hours a
 * month for the first year) is not deducted: free tiers are per account.
 */
final class PublicIpv4Rule implements CostRule {
    @Override
    public void price(LineBuilder in) {
        BigDecimal addresses = in.number("addresses");
        if (addresses == null) {
            return;
        }
        in.aws("address hours", NETWORK,
            addresses.multiply(in.count()).multiply(in.hoursPerMonth()),
            in.query("vpc", "public-ipv4", Map.of(), false));
    }
}
