package dev.envol.cost;

import static dev.envol.cost.CostCategory.DATABASE;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code aws.rds}: instance hours plus General Purpose storage, both at the deployment's rate
 * (the catalog's Multi-AZ prices are twice the Single-AZ ones).
 */
final class RdsRule implements CostRule {
    @Override
    public boolean reservable() {
        return true;
    }

    @Override
    public void price(LineBuilder in) {
        String engine = in.text("engine");
        String instanceClass = in.text("instanceType");
        boolean multiAz = in.flag("multiAz");
        BigDecimal storageGb = in.number("storageGb");
        String deployment = multiAz ? "multi-az" : "single-az";
        if (engine != null && instanceClass != null) {
            in.aws("instance hours (" + instanceClass + ", " + engine + ", " + deployment + ")",
                DATABASE, in.count().multiply(in.hoursPerMonth()),
                in.query("rds", instanceClass,
                    Map.of("engine", engine, "deployment", deployment), true));
        }
        if (storageGb != null) {
            in.aws("General Purpose storage (" + deployment + ")", DATABASE,
                in.count().multiply(storageGb),
                in.query("rds", "storage-gp2", Map.of("deployment", deployment), false));
        }
    }
}
