package dev.envol.cost;

import static dev.envol.cost.CostCategory.SECURITY;

import dev.envol.pricing.Price;
import dev.envol.pricing.PriceResult;
import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code aws.shield-advanced}: the subscription is per organisation, so the model pays it once,
 * on its first Shield Advanced component; the others say where it is counted. Data out of the
 * protected resources is paid by every component.
 */
final class ShieldAdvancedRule implements CostRule {
    @Override
    public void price(LineBuilder in) {
        BigDecimal dataOutGb = in.number("dataOutGb");
        var subscription = in.query("shield-advanced", "subscription", Map.of(), false);
        String holder = in.context().shieldSubscriptionHolder();
        if (in.component().id().equals(holder)) {
            in.aws("subscription (once per model)", SECURITY, BigDecimal.ONE, subscription);
        } else {
            PriceResult result = in.context().lookup(subscription);
            String item = "subscription: counted once per model, on " + holder;
            // When the subscription has no price, the holder says so; nothing is owed here.
            if (result instanceof Price price) {
                in.note(item, SECURITY, price.unit(), price);
            }
        }
        if (dataOutGb != null) {
            in.aws("data transfer out (protected)", SECURITY, in.count().multiply(dataOutGb),
                in.query("shield-advanced", "data-out", Map.of(), false));
        }
    }
}
