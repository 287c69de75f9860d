package dev.envol.cost;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The priced run rate of a project: both architectures, per component, with their groupings, in
 * the model currency. Immutable.
 */
public final class CostReport {
    /** The group of components without an application (or without a domain). */
    public static final String UNASSIGNED = "(none)";

    private final Project project;
    private final String catalogSource;
    private final LocalDate catalogAsOf;
    private final ArchitectureCost current;
    private final ArchitectureCost target;
    /** Built on the first look-up: re-estimating on every edit seldom needs it. */
    private volatile Map<String, ComponentCost> byId;

    CostReport(Project project, String catalogSource, LocalDate catalogAsOf,
               List<ComponentCost> current, List<ComponentCost> target) {
        this.project = project;
        this.catalogSource = catalogSource;
        this.catalogAsOf = catalogAsOf;
        this.current = ArchitectureCost.of(ArchitectureKind.CURRENT, current, project);
        this.target = ArchitectureCost.of(ArchitectureKind.TARGET, target, project);
    }

    /** The project this report prices (with any what-if overrides applied). */
    public Project project() {
        return project;
    }

    public String currency() {
        return project.settings().currency();
    }

    public String catalogSource() {
        return catalogSource;
    }

    public LocalDate catalogAsOf() {
        return catalogAsOf;
    }

    public ArchitectureCost current() {
        return current;
    }

    public ArchitectureCost target() {
        return target;
    }

    public ArchitectureCost architecture(ArchitectureKind kind) {
        return kind == ArchitectureKind.CURRENT ? current : target;
    }

    public Optional<ComponentCost> componentCost(String componentId) {
        Map<String, ComponentCost> index = byId;
        if (index == null) {
            index = new HashMap<>();
            for (ComponentCost c : current.components()) {
                index.put(c.id(), c);
            }
            for (ComponentCost c : target.components()) {
                index.putIfAbsent(c.id(), c);
            }
            byId = index;
        }
        return Optional.ofNullable(index.get(componentId));
    }

    /** Current minus target monthly run rate: positive when AWS is cheaper. */
    public BigDecimal monthlySavings() {
        return current.monthly().subtract(target.monthly());
    }

    /** Savings as a percentage of the current run rate, or empty when that is 0. */
    public Optional<BigDecimal> savingsPercent() {
        if (current.monthly().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(monthlySavings().multiply(BigDecimal.valueOf(100))
            .divide(current.monthly(), MathContext.DECIMAL64));
    }

    /** Components with at least one unpriced item, in both architectures. */
    public int unpricedCount() {
        return current.unpricedCount() + target.unpricedCount();
    }
}
