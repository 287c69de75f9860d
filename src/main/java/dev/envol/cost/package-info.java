/**
 * The cost engine: {@link dev.envol.cost.CostEngine} turns a project and a price catalog into a
 * {@link dev.envol.cost.CostReport} of priced lines (quantity x unit price = amount, with the
 * price's source and date) per component, grouped by architecture, application, domain and
 * category; {@link dev.envol.cost.BusinessCase} turns a report into the migration timeline,
 * break-even, TCO and NPV; {@link dev.envol.cost.CostDiff} compares two reports. One
 * {@code CostRule} per component type. Money is {@link java.math.BigDecimal}, in the model
 * currency, never rounded here (display rounds). Nothing is priced 0 silently: what cannot be
 * priced is listed as unpriced with the reason. Free tiers are never deducted (they are per
 * account). {@link dev.envol.cost.PriceCoverage} says which price items of each type a catalog
 * has in a region.
 */
package dev.envol.cost;
