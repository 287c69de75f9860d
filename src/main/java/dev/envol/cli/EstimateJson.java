package dev.envol.cli;

import dev.envol.cost.ArchitectureCost;
import dev.envol.cost.BusinessCase;
import dev.envol.cost.ComponentCost;
import dev.envol.cost.CostCategory;
import dev.envol.cost.CostLine;
import dev.envol.cost.LineTiers;
import dev.envol.cost.CostReport;
import dev.envol.cost.MonthCost;
import dev.envol.cost.Sensitivity;
import dev.envol.cost.SensitivityRow;
import dev.envol.model.ArchitectureKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code estimate --format json}: the keys PRODUCT.md promises, plus the groupings and the
 * settings the figures depend on. Amounts are rounded to cents, unit prices to 10 decimals.
 */
final class EstimateJson {
    private EstimateJson() {
    }

    static String render(CostReport report, BusinessCase businessCase) {
        return render(report, businessCase, () -> Sensitivity.of(report));
    }

    /** {@code sensitivity} is asked for when its member is written. */
    static String render(CostReport report, BusinessCase businessCase,
                         Supplier<List<SensitivityRow>> sensitivity) {
        JsonOut json = new JsonOut().beginObject();
        json.field("model", report.project().name());
        json.field("currency", report.currency());
        json.field("region", report.project().settings().region());
        json.field("pricing", report.project().settings().pricing().key());
        json.field("usdToCurrency", report.project().settings().usdToCurrency());
        architecture(json.key("current"), report.current());
        architecture(json.key("target"), report.target());
        json.key("savings").beginObject()
            .field("monthly", Amounts.cents(report.monthlySavings()))
            .field("percent", report.savingsPercent().map(Amounts::cents).orElse(null))
            .endObject();
        json.key("unpricedComponents").number(report.unpricedCount());
        businessCase(json.key("businessCase"), businessCase);
        sensitivity(json.key("sensitivity"), sensitivity.get());
        json.key("catalog").beginObject()
            .field("source", report.catalogSource())
            .field("asOf", report.catalogAsOf().toString())
            .endObject();
        return json.endObject().toString();
    }

    private static void architecture(JsonOut json, ArchitectureCost arch) {
        json.beginObject();
        json.field("monthly", Amounts.cents(arch.monthly()));
        json.key("unpricedComponents").number(arch.unpricedCount());
        money(json.key("byApplication"), arch.byApplication());
        money(json.key("byDomain"), arch.byDomain());
        json.key("byCategory").beginObject();
        for (Map.Entry<CostCategory, BigDecimal> e : arch.byCategory().entrySet()) {
            json.field(e.getKey().key(), Amounts.cents(e.getValue()));
        }
        json.endObject();
        if (arch.kind() == ArchitectureKind.TARGET) {
            json.key("support").beginObject()
                .field("plan", arch.support().plan().key())
                .field("awsCharges", Amounts.cents(arch.support().awsCharges()))
                .field("monthly", Amounts.cents(arch.support().monthly()))
                .endObject();
        }
        json.key("components").beginArray();
        for (ComponentCost c : arch.components()) {
            component(json, c);
        }
        json.endArray();
        json.endObject();
    }

    private static void component(JsonOut json, ComponentCost c) {
        json.beginObject();
        json.field("id", c.id()).field("name", c.name()).field("type", c.type())
            .field("application", c.application());
        if (c.region() != null) {
            json.field("region", c.region());
        }
        if (c.purchase() != null) {
            json.field("pricing", c.purchase().key());
        }
        json.field("monthly", Amounts.cents(c.monthly()));
        json.key("lines").beginArray();
        for (CostLine line : c.lines()) {
            json.beginObject()
                .field("item", line.item())
                .field("quantity", Amounts.exact(line.quantity()))
                .field("unit", line.unit())
                .field("unitPrice", Amounts.exact(line.unitPrice()))
                .field("amount", Amounts.cents(line.amount()))
                .field("category", line.category().key())
                .field("source", line.source())
                .field("asOf", line.asOf() == null ? null : line.asOf().toString());
            tiers(json, line);
            json.endObject();
        }
        json.endArray();
        json.key("unpriced").beginArray();
        c.unpriced().forEach(json::string);
        json.endArray();
        json.endObject();
    }

    /**
     * {@code "tiers": "first-tier only"} for an upper bound; for a tiered line the tiers its
     * item's total reaches and that total ({@code "tierTotal"}), the line's share being its
     * quantity over that total.
     */
    private static void tiers(JsonOut json, CostLine line) {
        if (line.isFirstTierOnly()) {
            json.field("tiers", LineTiers.FIRST_TIER_ONLY);
        } else if (line.isTiered()) {
            LineTiers t = line.tiers();
            json.key("tiers").beginArray();
            for (LineTiers.TierUse use : t.uses()) {
                json.beginObject().field("fromUnits", Amounts.exact(use.fromUnits()))
                    .field("toUnits", Amounts.exact(use.toUnits()))
                    .field("quantity", Amounts.exact(use.quantity()))
                    .field("unitPrice", Amounts.exact(use.unitPrice()))
                    .field("amount", Amounts.cents(use.amount()));
                if (use.assumed()) {
                    json.field("note", "beyond the last known tier, at its rate");
                }
                json.endObject();
            }
            json.endArray();
            json.key("tierTotal").beginObject().field("item", t.group())
                .field("quantity", Amounts.exact(t.totalQuantity()))
                .field("amount", Amounts.cents(t.totalAmount()))
                .key("lines").number(t.sharers()).endObject();
        }
    }

    private static void businessCase(JsonOut json, BusinessCase bc) {
        json.beginObject();
        json.key("horizonMonths").number(bc.horizonMonths());
        json.field("startMonth", bc.startMonth().toString());
        json.field("waves", bc.waveOrigin());
        json.field("migrationCost", Amounts.cents(bc.migrationCost()));
        json.field("currentTco", Amounts.cents(bc.currentTco()));
        json.field("targetTco", Amounts.cents(bc.targetTco()));
        json.field("breakEvenMonth",
            bc.breakEvenMonth() == null ? null : bc.breakEvenMonth().toString());
        json.field("npv", Amounts.cents(bc.npv()));
        json.key("months").beginArray();
        for (MonthCost m : bc.months()) {
            json.beginObject()
                .field("month", m.month().toString())
                .field("asIs", Amounts.cents(m.asIs()))
                .field("current", Amounts.cents(m.current()))
                .field("target", Amounts.cents(m.target()))
                .field("support", Amounts.cents(m.support()))
                .field("oneTime", Amounts.cents(m.oneTime()))
                .field("cumulativeSavings", Amounts.cents(m.cumulativeSavings()))
                .endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void sensitivity(JsonOut json, List<SensitivityRow> rows) {
        json.beginArray();
        for (SensitivityRow r : rows) {
            json.beginObject()
                .field("assumption", r.assumption())
                .field("base", Amounts.exact(r.base()))
                .field("low", Amounts.exact(r.low()))
                .field("high", Amounts.exact(r.high()))
                .field("npvLow", Amounts.cents(r.npvLow()))
                .field("npvHigh", Amounts.cents(r.npvHigh()))
                .field("breakEvenLow", month(r.breakEvenLow()))
                .field("breakEvenHigh", month(r.breakEvenHigh()))
                .endObject();
        }
        json.endArray();
    }

    private static String month(YearMonth month) {
        return month == null ? null : month.toString();
    }

    private static void money(JsonOut json, Map<String, BigDecimal> values) {
        json.beginObject();
        values.forEach((k, v) -> json.field(k, Amounts.cents(v)));
        json.endObject();
    }
}
