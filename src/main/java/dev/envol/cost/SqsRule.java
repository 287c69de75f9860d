package dev.envol.cost;

import static dev.envol.cost.CostCategory.MANAGEMENT;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code aws.sqs}: API requests, at the FIFO rate for FIFO queues. The first million requests a
 * month are free per account, not per queue: not deducted.
 */
final class SqsRule implements CostRule {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    @Override
    public void price(LineBuilder in) {
        BigDecimal millions = in.number("requestsMillions");
        boolean fifo = in.flag("fifo");
        if (millions == null) {
            return;
        }
        in.aws(fifo ? "FIFO requests" : "requests", MANAGEMENT,
            millions.multiply(MILLION).multiply(in.count()),
            in.query("sqs", "request", Map.of("fifo", Boolean.toString(fifo)), false));
    }
}
