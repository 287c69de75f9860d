package dev.envol.exports;

import dev.envol.cost.CostReport;
import dev.envol.cost.LineTiers;
import dev.envol.cost.TierSummary;
import dev.envol.model.ArchitectureKind;
import dev.envol.pricing.PriceTiers;
import dev.envol.pricing.Tier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Prices sheet: the volume tiers of every item billed by volume (one block per item and
 * architecture), with live formulas. An item's monthly total is the SUMIF of the quantities of
 * its lines (the cost sheets' "Volume tiers" column names the item); each tier takes the part
 * of that total between its bounds (the last known tier takes the rest, at its rate, as the
 * engine does); the blended rate is the tiered cost over the total, and each line's unit price
 * is that rate. Change a quantity on the Current or Target sheet and every line of the item
 * re-tiers, as in the engine.
 */
final class PricesSheet {
    /** The column of the cost sheets that names a line's tiered item. */
    static final char TIER_ITEM = 'L';
    static final char QUANTITY = 'E';

    /** Where each item's blended rate (USD) is: the cost sheets' unit prices refer to it. */
    record Layout(Map<String, Integer> blendedRows, List<TierSummary> items) {
        /** The blended-rate cell of {@code group} in {@code kind}, or null. */
        String blended(ArchitectureKind kind, String group) {
            Integer row = blendedRows.get(kind.key() + " " + group);
            return row == null ? null : BudgetSheets.cell(BudgetSheets.PRICES, 'H', row);
        }
    }

    private static final int FIRST = 3;

    private PricesSheet() {
    }

    /** Decides the rows before the cost sheets are written (they refer to them). */
    static Layout plan(CostReport report) {
        List<TierSummary> items = TierSummary.of(report);
        Map<String, Integer> rows = new LinkedHashMap<>();
        int r = FIRST;
        for (TierSummary item : items) {
            rows.put(item.architecture().key() + " " + item.tiers().group(), r);
            r += item.tiers().usdTiers().tiers().size() + 2;
        }
        return new Layout(rows, items);
    }

    /** The key a cost line's "Volume tiers" cell holds. */
    static String key(ArchitectureKind kind, String group) {
        return kind.key() + " " + group;
    }

    static void write(Sheet sheet, Layout layout, CostLinesSheet.Layout current,
                      CostLinesSheet.Layout target, BudgetStyles s) {
        Row title = sheet.createRow(0);
        s.text(title, 0, layout.items().isEmpty() ? "No item of this estimate is billed by"
            + " volume tiers." : "Volume tiers (USD per unit of the monthly total; the last"
            + " known tier also bills what lies beyond it). Quantities come from the Current and"
            + " Target sheets.").setCellStyle(s.label);
        Row header = sheet.createRow(FIRST - 2);
        String[] titles = {"Item", "From", "To", "Rate (USD)", "Quantity in tier", "Amount (USD)",
            "Monthly total", "Blended rate (USD)", "Source"};
        for (int i = 0; i < titles.length; i++) {
            s.header(header, i, titles[i]);
        }
        for (TierSummary item : layout.items()) {
            CostLinesSheet.Layout lines = item.architecture() == ArchitectureKind.CURRENT
                ? current : target;
            block(sheet, layout.blendedRows().get(key(item.architecture(), item.tiers().group())),
                item, lines, s);
        }
        BudgetSheets.widths(sheet, 52, 14, 14, 14, 16, 16, 16, 18, 60);
        BudgetSheets.print(sheet);
    }

    /** Row {@code top} (1-based): the item, its total and blended rate; then one row per tier. */
    private static void block(Sheet sheet, int top, TierSummary item,
                              CostLinesSheet.Layout lines, BudgetStyles s) {
        LineTiers t = item.tiers();
        PriceTiers tiers = t.usdTiers();
        String key = key(item.architecture(), t.group());
        String total = "$G$" + top;
        Row head = sheet.createRow(top - 1);
        s.text(head, 0, key).setCellStyle(s.label);
        String range = lines.last() < lines.first() ? null
            : BudgetSheets.range(lines.sheet(), TIER_ITEM, lines.first(), lines.last());
        String quantities = lines.last() < lines.first() ? null
            : BudgetSheets.range(lines.sheet(), QUANTITY, lines.first(), lines.last());
        s.formula(head, 6, range == null ? "0" : "SUMIF(" + range + ",A" + top + "," + quantities
            + ")", s.number, t.totalQuantity());
        int first = top + 1;
        int last = top + tiers.tiers().size();
        BigDecimal usdCost = tiers.cost(t.totalQuantity());
        s.formula(head, 5, "SUM(F" + first + ":F" + last + ")", s.usdUnitPrice, usdCost);
        s.formula(head, 7, "IF(" + total + "=0,D" + first + ",F" + top + "/" + total + ")",
            s.usdUnitPrice, usdCost.divide(t.totalQuantity(), MathContext.DECIMAL64));
        for (int i = 0; i < tiers.tiers().size(); i++) {
            Tier tier = tiers.tiers().get(i);
            int r = first + i;
            boolean open = i == tiers.tiers().size() - 1;
            Row row = sheet.createRow(r - 1);
            s.text(row, 0, "  tier " + (i + 1));
            s.number(row, 1, tier.fromUnits().doubleValue(), s.number);
            if (tier.toUnits() != null) {
                s.number(row, 2, tier.toUnits().doubleValue(), s.number);
            }
            s.number(row, 3, tier.usdPerUnit().doubleValue(), s.usdUnitPrice);
            String inTier = open ? "MAX(0," + total + "-B" + r + ")"
                : "MAX(0,MIN(" + total + ",C" + r + ")-B" + r + ")";
            BigDecimal cached = open ? t.totalQuantity().subtract(tier.fromUnits()).max(BigDecimal.ZERO)
                : tier.quantityOf(t.totalQuantity());
            s.formula(row, 4, inTier, s.number, cached);
            s.formula(row, 5, "E" + r + "*D" + r, s.usdUnitPrice, cached.multiply(tier.usdPerUnit()));
            s.text(row, 8, tier.source() + " " + tier.asOf());
        }
    }
}
