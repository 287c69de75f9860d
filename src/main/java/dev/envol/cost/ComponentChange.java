package dev.envol.cost;

import dev.envol.model.ArchitectureKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * How one component's monthly cost changed between two models.
 *
 * @param oldMonthly {@code null} when the component is new
 * @param newMonthly {@code null} when the component was removed
 * @param reasons    for a person, in the order type, size, count, region, pricing, usage,
 *                   price ("count 2 -> 3", "price of instance hours ...: 0.1 -> 0.12")
 */
public record ComponentChange(ArchitectureKind architecture, String id, String name,
                              Status status, BigDecimal oldMonthly, BigDecimal newMonthly,
                              List<String> reasons) {
    public enum Status {
        ADDED, REMOVED, CHANGED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ComponentChange {
        reasons = List.copyOf(reasons);
    }

    public BigDecimal delta() {
        BigDecimal before = oldMonthly == null ? BigDecimal.ZERO : oldMonthly;
        BigDecimal after = newMonthly == null ? BigDecimal.ZERO : newMonthly;
        return after.subtract(before);
    }
}
