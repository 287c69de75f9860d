package dev.envol.cli;

import dev.envol.cost.ArchitectureCost;
import dev.envol.cost.ComponentCost;
import dev.envol.cost.CostLine;
import dev.envol.cost.CostReport;
import dev.envol.cost.SupportCost;
import java.math.BigDecimal;

/**
 * {@code estimate --format csv}: one row per priced line, and one per unpriced reason (with an
 * empty amount), RFC 4180 quoting. The last column says how a line of an item billed by volume
 * tiers was priced: its item's total over the tiers, or "first-tier only". Text that a spreadsheet would take for a formula is prefixed
 * with an apostrophe.
 */
final class EstimateCsv {
    static final String HEADER = "architecture,component,name,type,application,item,quantity,"
        + "unit,unitPrice,amount,currency,category,source,asOf,unpriced,tiers";

    private EstimateCsv() {
    }

    static String render(CostReport report) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (ArchitectureCost arch : new ArchitectureCost[] {report.current(), report.target()}) {
            for (ComponentCost c : arch.components()) {
                String prefix = String.join(",", arch.kind().key(), text(c.id()), text(c.name()),
                    text(c.type()), text(c.application()));
                for (CostLine line : c.lines()) {
                    out.append(prefix).append(',').append(String.join(",", text(line.item()),
                        number(Amounts.exact(line.quantity())), text(line.unit()),
                        number(Amounts.exact(line.unitPrice())),
                        number(Amounts.cents(line.amount())), report.currency(),
                        line.category().key(), text(line.source()),
                        line.asOf() == null ? "" : line.asOf().toString(), "",
                        text(TierText.cell(line)))).append("\r\n");
                }
                for (String reason : c.unpriced()) {
                    out.append(prefix).append(",,,,,,").append(report.currency())
                        .append(",,,,").append(text(reason)).append(",\r\n");
                }
            }
        }
        SupportCost support = report.target().support();
        if (support.isPaid()) {
            // not a component: no id, no type, no application (it is priced on the whole target)
            CostLine line = support.line();
            out.append(String.join(",", "target", "", text(support.label()), "", "",
                text(line.item()), number(Amounts.exact(line.quantity())), text(line.unit()),
                number(Amounts.exact(line.unitPrice())), number(Amounts.cents(line.amount())),
                report.currency(), line.category().key(), text(line.source()), "", ""))
                .append("\r\n");
        }
        return out.toString();
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n")
            || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
