package dev.envol.cost;

import dev.envol.catalog.ComponentType;
import dev.envol.catalog.PropertySpec;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.PurchaseOption;
import dev.envol.pricing.Price;
import dev.envol.pricing.PriceQuery;
import dev.envol.pricing.PriceResult;
import dev.envol.pricing.Unpriced;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the lines of one component for its rule: reads properties with the catalog's defaults,
 * looks prices up in the component's region and purchase option, converts USD to the model
 * currency, and records every reason something could not be priced.
 */
final class LineBuilder {
    private final Component component;
    private final ComponentType type;
    private final EstimateContext context;
    private final String region;
    private final PurchaseOption purchase;
    private final List<CostLine> lines = new ArrayList<>();
    private final List<String> unpriced = new ArrayList<>();
    private final List<TierPass.Pending> tiered = new ArrayList<>(0);

    LineBuilder(Component component, ComponentType type, EstimateContext context, String region,
                PurchaseOption purchase) {
        this.component = component;
        this.type = type;
        this.context = context;
        this.region = region;
        this.purchase = purchase;
    }

    Component component() {
        return component;
    }

    EstimateContext context() {
        return context;
    }

    /** {@code count}: every usage is multiplied by it. */
    BigDecimal count() {
        BigDecimal count = number("count");
        return count == null ? BigDecimal.ONE : count;
    }

    /** The model's hours a month (730 unless the settings say otherwise). */
    BigDecimal hoursPerMonth() {
        return context.settings().hoursPerMonth();
    }

    /**
     * The number, or the type's default; {@code null} (and an unpriced reason) when it is
     * required and absent, or not a number.
     */
    BigDecimal number(String name) {
        Object value = component.props().get(name);
        if (value == null) {
            Object fallback = type.property(name).map(PropertySpec::defaultValue).orElse(null);
            if (fallback == null) {
                if (isRequired(name)) {
                    unpriced("missing required property " + name);
                }
                return null;
            }
            value = fallback instanceof Number n ? context.decimal(n) : fallback;
        }
        if (value instanceof BigDecimal d) {
            if (d.signum() < 0) {
                unpriced("property " + name + " is negative (" + d.toPlainString() + ")");
                return null;
            }
            return d;
        }
        unpriced("property " + name + " is not a number (" + value + ")");
        return null;
    }

    /** The text, or the type's default; {@code null} (and a reason when required) otherwise. */
    String text(String name) {
        Object value = component.props().get(name);
        if (value == null) {
            value = type.property(name).map(PropertySpec::defaultValue).orElse(null);
        }
        if (value == null) {
            if (isRequired(name)) {
                unpriced("missing required property " + name);
            }
            return null;
        }
        return value.toString();
    }

    boolean flag(String name) {
        Object value = component.props().get(name);
        if (value == null) {
            value = type.property(name).map(PropertySpec::defaultValue).orElse(null);
        }
        return Boolean.TRUE.equals(value);
    }

    private boolean isRequired(String name) {
        return type.property(name).map(PropertySpec::required).orElse(false);
    }

    /** An AWS query in this component's region; reservable keys get the purchase option. */
    PriceQuery query(String service, String key, Map<String, String> options,
                     boolean reservable) {
        return new PriceQuery(service, region, key, options,
            reservable && purchase != null ? purchase : PurchaseOption.ON_DEMAND);
    }

    /**
     * Adds {@code quantity} (in the catalog's base unit) at the catalog's price; a zero or absent
     * quantity adds nothing, a missing price adds the reason.
     */
    void aws(String item, CostCategory category, BigDecimal quantity, PriceQuery query) {
        if (quantity == null || quantity.signum() == 0) {
            return;
        }
        EstimateContext.Answer answer = context.answer(query);
        PriceResult result = answer.result();
        if (result instanceof Price price) {
            BigDecimal rate = context.settings().usdToCurrency();
            BigDecimal unitPrice = price.usdPerUnit().multiply(rate);
            CostLine line = CostLine.of(item, quantity, price.unit(), unitPrice, price.source(),
                price.asOf(), category);
            var tiering = answer.tiering();
            if (tiering.isPresent() && tiering.get().tiers().firstTierOnly()) {
                line = line.tiered(unitPrice, line.amount(),
                    LineTiers.firstTierOnly(tiering.get().group(), tiering.get().tiers(), rate));
            } else if (tiering.isPresent()) {
                // priced at the first rate until the engine knows the architecture's total
                tiered.add(new TierPass.Pending(lines.size(), tiering.get().group(),
                    tiering.get().tiers(), rate, quantity));
            }
            lines.add(line);
        } else {
            unpriced(item + ": " + ((Unpriced) result).reason());
        }
    }

    /** Adds a line whose unit price is already in the model currency (typed into the model). */
    void local(String item, CostCategory category, BigDecimal quantity, String unit,
               BigDecimal unitPrice) {
        if (quantity == null || unitPrice == null || quantity.signum() == 0
            || unitPrice.signum() == 0) {
            return;
        }
        lines.add(CostLine.of(item, quantity, unit, unitPrice, "model", null, category));
    }

    /** Adds a line whose unit price was typed into the model in USD: converted like a price. */
    void typedUsd(String item, CostCategory category, BigDecimal quantity, String unit,
                  BigDecimal usdPerUnit) {
        if (usdPerUnit == null) {
            return;
        }
        local(item, category, quantity, unit,
            usdPerUnit.multiply(context.settings().usdToCurrency()));
    }

    /** Adds a line of amount 0 that explains itself (e.g. a subscription counted elsewhere). */
    void note(String item, CostCategory category, String unit, Price price) {
        BigDecimal unitPrice = price.usdPerUnit().multiply(context.settings().usdToCurrency());
        lines.add(new CostLine(item, BigDecimal.ZERO, unit, unitPrice, BigDecimal.ZERO,
            price.source(), price.asOf(), category));
    }

    void unpriced(String reason) {
        if (!unpriced.contains(reason)) {
            unpriced.add(reason);
        }
    }

    /** The lines of items billed by volume tiers, to be split by {@link TierPass}. */
    List<TierPass.Pending> tiered() {
        return tiered;
    }

    ComponentCost build(ArchitectureKind architecture) {
        return ComponentCost.of(component, architecture, region, purchase, lines, unpriced);
    }
}
