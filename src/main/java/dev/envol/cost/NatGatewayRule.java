package dev.envol.cost;

import static dev.envol.cost.CostCategory.NETWORK;

import java.math.BigDecimal;
import java.util.Map;

/** {@code aws.nat-gateway}: gateway hours plus data processed. */
final class NatGatewayRule implements CostRule {
    @Override
    public void price(LineBuilder in) {
        BigDecimal gb = in.number("dataProcessedGb");
        in.aws("gateway hours", NETWORK, in.count().multiply(in.hoursPerMonth()),
            in.query("nat-gateway", "hour", Map.of(), false));
        if (gb != null) {
            in.aws("data processed", NETWORK, in.count().multiply(gb),
                in.query("nat-gateway", "data-processed", Map.of(), false));
        }
    }
}
