package dev.envol.cost;

import static dev.envol.cost.CostCategory.COMPUTE;
import static dev.envol.cost.CostCategory.STORAGE;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code aws.ec2} and {@code aws.asg}: instances x hours x hourly rate, plus EBS gp3 per
 * instance. A group runs {@code average} instances over the month (default {@code min}).
 */
final class Ec2Rule implements CostRule {
    private final boolean group;

    Ec2Rule(boolean group) {
        this.group = group;
    }

    @Override
    public boolean reservable() {
        return true;
    }

    @Override
    public void price(LineBuilder in) {
        String instanceType = in.text("instanceType");
        BigDecimal instances = group ? averageInstances(in) : BigDecimal.ONE;
        BigDecimal hours = group ? in.hoursPerMonth() : hours(in);
        String os = group ? "linux" : in.text("os");
        BigDecimal ebsGb = in.number("ebsGb");
        if (instances == null || hours == null) {
            return;
        }
        BigDecimal running = instances.multiply(in.count());
        if (instanceType != null) {
            in.aws("instance hours (" + instanceType + ", " + os + ")", COMPUTE,
                running.multiply(hours),
                in.query("ec2", instanceType, Map.of("os", os), true));
        }
        if (ebsGb != null) {
            in.aws("EBS gp3 storage", STORAGE, running.multiply(ebsGb),
                in.query("ebs", "gp3", Map.of(), false));
        }
    }

    private static BigDecimal averageInstances(LineBuilder in) {
        if (in.component().props().has("average")) {
            return in.number("average");
        }
        return in.number("min");
    }

    private static BigDecimal hours(LineBuilder in) {
        BigDecimal own = in.number("hoursPerMonth");
        return own != null ? own : in.hoursPerMonth();
    }
}
