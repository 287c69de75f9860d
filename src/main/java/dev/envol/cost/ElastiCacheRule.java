package dev.envol.cost;

import static dev.envol.cost.CostCategory.DATABASE;

import java.math.BigDecimal;
import java.util.Map;

/** {@code aws.elasticache}: nodes x hours x the node type's hourly rate. */
final class ElastiCacheRule implements CostRule {
    @Override
    public boolean reservable() {
        return true;
    }

    @Override
    public void price(LineBuilder in) {
        String engine = in.text("engine");
        String nodeType = in.text("nodeType");
        BigDecimal nodes = in.number("nodes");
        if (engine == null || nodeType == null || nodes == null) {
            return;
        }
        in.aws("node hours (" + nodeType + ", " + engine + ")", DATABASE,
            nodes.multiply(in.count()).multiply(in.hoursPerMonth()),
            in.query("elasticache", nodeType, Map.of("engine", engine), true));
    }
}
