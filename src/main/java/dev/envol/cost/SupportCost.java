package dev.envol.cost;

import dev.envol.model.AwsSupport;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The AWS Support plan of an architecture and what it costs a month: {@link AwsSupportFormula}
 * over the architecture's AWS charges, in the model currency. Only the target pays one; it is
 * not a component and belongs to no application (the timeline prices it on each month's AWS
 * spend instead of spreading it over applications).
 *
 * @param awsCharges the AWS charges the plan is priced on (every {@code aws.*} line)
 */
public record SupportCost(AwsSupport plan, BigDecimal awsCharges, BigDecimal monthly) {
    public static final String SOURCE = "AWS Support pricing formula";

    public SupportCost {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(awsCharges, "awsCharges");
        Objects.requireNonNull(monthly, "monthly");
    }

    static SupportCost none() {
        return new SupportCost(AwsSupport.BASIC, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The plan priced on {@code awsCharges}: every line of every {@code aws.*} component. */
    static SupportCost of(AwsSupport plan, BigDecimal awsCharges, BigDecimal rate) {
        return new SupportCost(plan, awsCharges,
            AwsSupportFormula.monthly(plan, awsCharges, rate));
    }

    /** "AWS Support (business)": the line's name in every table, sheet and chart. */
    public String label() {
        return label(plan);
    }

    public static String label(AwsSupport plan) {
        return "AWS Support (" + plan.key() + ")";
    }

    /** Whether a plan other than the free Basic one is chosen. */
    public boolean isPaid() {
        return plan != AwsSupport.BASIC;
    }

    /** The support as one priced line, category {@code support}. */
    public CostLine line() {
        return new CostLine(label(), BigDecimal.ONE, "month", monthly, monthly, SOURCE, null,
            CostCategory.SUPPORT);
    }
}
