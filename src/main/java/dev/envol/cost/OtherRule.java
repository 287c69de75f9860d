package dev.envol.cost;

import static dev.envol.cost.CostCategory.MANAGEMENT;

import java.math.BigDecimal;

/** {@code aws.other}: a monthly USD amount typed into the model (support plan, marketplace). */
final class OtherRule implements CostRule {
    @Override
    public void price(LineBuilder in) {
        BigDecimal monthlyUsd = in.number("monthlyUsd");
        String description = in.text("description");
        in.typedUsd(description == null ? "monthly amount" : description, MANAGEMENT, in.count(),
            "month", monthlyUsd);
    }
}
