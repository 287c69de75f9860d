package dev.envol.exports;

import static dev.envol.exports.MarkdownText.header;
import static dev.envol.exports.MarkdownText.money;
import static dev.envol.exports.MarkdownText.row;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostCategory;
import dev.envol.cost.CostReport;
import dev.envol.cost.SensitivityRow;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The wiki page's "Operating costs" and "Sensitivity" sections: people, licences and support on
 * both sides (what a reviewer checks first), then each assumption tried low and high with the
 * NPV and break-even it gives, largest NPV swing first, made on the page's waves.
 */
final class WikiSensitivity {
    private static final List<CostCategory> OPERATING = List.of(CostCategory.PEOPLE,
        CostCategory.LICENCES, CostCategory.SUPPORT);

    private WikiSensitivity() {
    }

    static void operatingCosts(StringBuilder md, WikiExporter.Page page) {
        CostReport report = page.report();
        String c = report.currency();
        md.append("## Operating costs\n\n");
        md.append("Teams, tools and support on both sides. AWS Support: ")
            .append(report.target().support().plan().key()).append(" plan, priced on each "
                + "month's AWS charges with AWS's published formula.\n\n");
        md.append(header(List.of("Category", "Current", "Target"), false, true, true));
        for (CostCategory category : OPERATING) {
            md.append(row(List.of(category.key(),
                money(orZero(report.current().byCategory().get(category)), c),
                money(orZero(report.target().byCategory().get(category)), c))));
        }
        md.append('\n');
    }

    static void sensitivity(StringBuilder md, WikiExporter.Page page) {
        BusinessCase business = page.business();
        String c = page.report().currency();
        List<SensitivityRow> rows = page.sensitivity();
        md.append("## Sensitivity\n\n");
        md.append("NPV as modelled: ").append(money(business.npv(), c)).append(", break-even ")
            .append(month(business.breakEvenMonth()))
            .append(". Each assumption moved alone, largest NPV swing first.\n\n");
        md.append(header(List.of("Assumption", "Low", "High", "NPV low", "NPV high",
            "Break-even low", "Break-even high"), false, true, true, true, true, false, false));
        for (SensitivityRow r : rows) {
            md.append(row(List.of(r.label(), value(r, r.low(), c), value(r, r.high(), c),
                money(r.npvLow(), c), money(r.npvHigh(), c), month(r.breakEvenLow()),
                month(r.breakEvenHigh()))));
        }
        md.append('\n');
    }

    private static String value(SensitivityRow r, BigDecimal v, String currency) {
        return switch (r.assumption()) {
            case "usdToCurrency" -> MarkdownText.number(v);
            case "dualRunMonths" -> MarkdownText.number(v) + " months";
            case "discountRate" -> MarkdownText.number(v.multiply(BigDecimal.valueOf(100)))
                + " %";
            default -> money(v, currency);
        };
    }

    private static String month(YearMonth m) {
        return m == null ? "none" : m.toString();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
