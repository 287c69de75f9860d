package dev.envol.cost;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.PurchaseOption;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The monthly run rate of one component: its priced lines, and the reasons for what could not be
 * priced. A component with reasons is (partly) unpriced: its priced lines still count, the rest is
 * unknown, never 0.
 *
 * @param region   the AWS region it was priced in, or {@code null} for non-AWS types
 * @param purchase the purchase option its reservable lines were priced with, or {@code null}
 */
public record ComponentCost(Component component, ArchitectureKind architecture, String region,
                            PurchaseOption purchase, List<CostLine> lines, List<String> unpriced,
                            BigDecimal monthly) {
    public ComponentCost {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(architecture, "architecture");
        lines = List.copyOf(lines);
        unpriced = List.copyOf(unpriced);
        Objects.requireNonNull(monthly, "monthly");
    }

    static ComponentCost of(Component component, ArchitectureKind architecture, String region,
                            PurchaseOption purchase, List<CostLine> lines,
                            List<String> unpriced) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CostLine line : lines) {
            sum = sum.add(line.amount());
        }
        return new ComponentCost(component, architecture, region, purchase, lines, unpriced, sum);
    }

    public String id() {
        return component.id();
    }

    public String name() {
        return component.name();
    }

    public String type() {
        return component.type();
    }

    /** The application id, or {@code null}. */
    public String application() {
        return component.application();
    }

    public boolean isUnpriced() {
        return !unpriced.isEmpty();
    }
}
