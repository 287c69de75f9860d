package dev.envol.exports;

import static dev.envol.exports.MarkdownText.cell;
import static dev.envol.exports.MarkdownText.header;
import static dev.envol.exports.MarkdownText.inline;
import static dev.envol.exports.MarkdownText.money;
import static dev.envol.exports.MarkdownText.number;
import static dev.envol.exports.MarkdownText.row;

import dev.envol.cost.CostReport;
import dev.envol.cost.LineTiers;
import dev.envol.cost.TierSummary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The wiki page's "Volume tiers" section: for each item billed by volume, its monthly total
 * over the tiers and each component's share; then the lines priced at a first rate only.
 * Nothing when the estimate has neither.
 */
final class WikiTiers {
    private WikiTiers() {
    }

    static void tiers(StringBuilder md, WikiExporter.Page page) {
        CostReport report = page.report();
        List<TierSummary> items = TierSummary.of(report);
        List<TierSummary.Share> upper = TierSummary.firstTierOnly(report);
        if (items.isEmpty() && upper.isEmpty()) {
            return;
        }
        String c = report.currency();
        md.append("## Volume tiers\n\n");
        md.append("AWS bills these items by monthly volume, tier by tier, on the total of an"
            + " architecture (per region, and per CPU architecture for Lambda); each component"
            + " carries its share at the blended rate.\n\n");
        for (TierSummary item : items) {
            LineTiers t = item.tiers();
            String unit = item.lines().get(0).line().unit();
            md.append("### ").append(inline(item.architecture().key() + " · " + t.group()))
                .append("\n\n");
            md.append(number(t.totalQuantity())).append(' ').append(inline(unit))
                .append(" a month: ").append(money(t.totalAmount(), c)).append(" (blended ")
                .append(rate(t.totalAmount().divide(t.totalQuantity(), MathContext.DECIMAL64)))
                .append(' ').append(inline(c)).append(" per ").append(inline(unit))
                .append(").\n\n");
            md.append(header(List.of("From", "To", "Quantity", "Rate", "Amount"), true, true,
                true, true, true));
            for (LineTiers.TierUse use : t.uses()) {
                md.append(row(List.of(number(use.fromUnits()), use.toUnits() == null
                    ? (use.assumed() ? "beyond the known tiers" : "") : number(use.toUnits()),
                    number(use.quantity()), rate(use.unitPrice()), money(use.amount(), c))));
            }
            md.append('\n');
            md.append(header(List.of("Component", "Quantity", "Share"), false, true, true));
            for (TierSummary.Share s : item.lines()) {
                md.append(row(List.of(cell(s.component().name()), number(s.line().quantity()),
                    money(s.line().amount(), c))));
            }
            md.append('\n');
        }
        if (!upper.isEmpty()) {
            md.append("Priced at the first tier only (AWS bills them in tiers the catalog does"
                + " not know, so these lines are upper bounds): ");
            StringBuilder names = new StringBuilder();
            for (TierSummary.Share s : upper) {
                names.append(names.length() == 0 ? "" : "; ")
                    .append(inline(s.component().name() + " (" + s.line().item() + ")"));
            }
            md.append(names).append(".\n\n");
        }
    }

    private static String rate(BigDecimal value) {
        return value.round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
