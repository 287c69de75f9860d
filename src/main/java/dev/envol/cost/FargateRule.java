package dev.envol.cost;

import static dev.envol.cost.CostCategory.COMPUTE;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code aws.fargate}: Fargate bills a running task per vCPU-hour and per GB-hour of memory.
 * With {@code tasks} running on average over the month (x {@code count}):
 * vCPU-hours = tasks x vcpu x hours, GB-hours = tasks x memoryGb x hours, each at the rate of
 * the task's CPU architecture (Linux). No free tier applies.
 */
final class FargateRule implements CostRule {
    @Override
    public void price(LineBuilder in) {
        BigDecimal vcpu = in.number("vcpu");
        BigDecimal memoryGb = in.number("memoryGb");
        BigDecimal tasks = in.number("tasks");
        String arch = in.text("arch");
        if (tasks == null) {
            return;
        }
        Map<String, String> options = Map.of("arch", arch == null ? "x86_64" : arch);
        BigDecimal taskHours = tasks.multiply(in.count()).multiply(in.hoursPerMonth());
        if (vcpu != null) {
            in.aws("vCPU-hours (" + options.get("arch") + ")", COMPUTE, taskHours.multiply(vcpu),
                in.query("fargate", "vcpu-hour", options, false));
        }
        if (memoryGb != null) {
            in.aws("memory GB-hours", COMPUTE, taskHours.multiply(memoryGb),
                in.query("fargate", "gb-hour", options, false));
        }
    }
}
