package dev.envol.cost;

import static dev.envol.cost.CostCategory.NETWORK;

import java.math.BigDecimal;
import java.util.Map;

/** {@code aws.alb}: load balancer hours plus LCU-hours ({@code lcu} on average every hour). */
final class AlbRule implements CostRule {
    @Override
    public void price(LineBuilder in) {
        BigDecimal lcu = in.number("lcu");
        BigDecimal hours = in.count().multiply(in.hoursPerMonth());
        in.aws("load balancer hours", NETWORK, hours, in.query("alb", "hour", Map.of(), false));
        if (lcu != null) {
            in.aws("LCU-hours", NETWORK, hours.multiply(lcu),
                in.query("alb", "lcu-hour", Map.of(), false));
        }
    }
}
