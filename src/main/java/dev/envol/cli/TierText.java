package dev.envol.cli;

import dev.envol.cost.CostLine;
import dev.envol.cost.CostReport;
import dev.envol.cost.LineTiers;
import dev.envol.cost.TierSummary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** The volume tiers of an estimate, for the table and the CSV. */
final class TierText {
    private TierText() {
    }

    /** The "Volume tiers" section of {@code estimate --format table}, or "" without tiers. */
    static String section(CostReport report) {
        List<TierSummary> items = TierSummary.of(report);
        List<TierSummary.Share> upper = TierSummary.firstTierOnly(report);
        if (items.isEmpty() && upper.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (TierSummary item : items) {
            LineTiers t = item.tiers();
            out.append("Volume tiers, ").append(item.architecture().key()).append(' ')
                .append(t.group()).append(": ").append(Amounts.grouped(t.totalQuantity())).append(' ')
                .append(item.lines().get(0).line().unit()).append(" a month, ")
                .append(Amounts.money(t.totalAmount())).append(' ').append(report.currency())
                .append(" (blended ").append(rate(t.totalAmount().divide(t.totalQuantity(),
                    MathContext.DECIMAL64))).append(")\n");
            TextTable table = new TextTable().row("From", "To", "Quantity", "Rate", "Amount")
                .rule();
            for (LineTiers.TierUse use : t.uses()) {
                table.row(Amounts.grouped(use.fromUnits()), use.toUnits() == null
                    ? (use.assumed() ? "(beyond known tiers)" : "") : Amounts.grouped(use.toUnits()),
                    Amounts.grouped(use.quantity()), rate(use.unitPrice()), Amounts.money(use.amount()));
            }
            out.append(table.render());
            for (TierSummary.Share s : item.lines()) {
                out.append("  ").append(s.component().id()).append(": ")
                    .append(Amounts.grouped(s.line().quantity())).append(" = ")
                    .append(Amounts.money(s.line().amount())).append('\n');
            }
            out.append('\n');
        }
        if (!upper.isEmpty()) {
            out.append("Priced at the first tier only (AWS bills them in tiers not in the"
                + " catalog; an upper bound):\n");
            for (TierSummary.Share s : upper) {
                out.append("  ").append(s.component().architecture().key()).append('/')
                    .append(s.component().id()).append(": ").append(s.line().item())
                    .append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The CSV's {@code tiers} cell of a line. */
    static String cell(CostLine line) {
        if (line.tiers() == null) {
            return "";
        }
        if (line.isFirstTierOnly()) {
            return LineTiers.FIRST_TIER_ONLY;
        }
        LineTiers t = line.tiers();
        StringBuilder text = new StringBuilder();
        for (LineTiers.TierUse use : t.uses()) {
            text.append(text.length() == 0 ? "" : "; ").append(plain(use.quantity())).append(" at ")
                .append(plain(Amounts.exact(use.unitPrice())));
        }
        return text.append(" (").append(t.group()).append(", total ")
            .append(plain(t.totalQuantity())).append(", ").append(t.sharers())
            .append(t.sharers() == 1 ? " line)" : " lines)").toString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String rate(BigDecimal value) {
        return Amounts.exact(value.round(new MathContext(6))).toPlainString();
    }
}
