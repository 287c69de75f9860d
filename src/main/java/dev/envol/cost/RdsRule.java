package dev.envol.cost;

import static dev.envol.cost.CostCategory.DATABASE;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code aws.rds}: instance hours plus General Purpose storage ({@code storageType} gp2, the
 * default, or gp3), both at the deployment's rate: storage GB x count x the GB-month price of
 * that volume type and deployment. Where the catalog has no Multi-AZ row, Multi-AZ is 2 x
 * Single-AZ (AWS's rule, true of every row of the shared data). The free tier is not deducted.
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
        String storageType = in.text("storageType");
        String deployment = multiAz ? "multi-az" : "single-az";
        if (engine != null && instanceClass != null) {
            in.aws("instance hours (" + instanceClass + ", " + engine + ", " + deployment + ")",
                DATABASE, in.count().multiply(in.hoursPerMonth()),
                in.query("rds", instanceClass,
                    Map.of("engine", engine, "deployment", deployment), true));
        }
        if (storageGb != null) {
            String volume = storageType == null ? "gp2" : storageType;
            in.aws("General Purpose storage (" + volume + ", " + deployment + ")", DATABASE,
                in.count().multiply(storageGb),
                in.query("rds", "storage-" + volume, Map.of("deployment", deployment), false));
        }
    }
}
