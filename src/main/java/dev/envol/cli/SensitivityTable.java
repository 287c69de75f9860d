package dev.envol.cli;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.SensitivityRow;
import dev.envol.model.Settings;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The sensitivity table of {@code estimate --format table}: one row per assumption, largest NPV
 * swing first, with the values tried and the NPV and break-even at each.
 */
final class SensitivityTable {
    private SensitivityTable() {
    }

    static String render(List<SensitivityRow> rows, BusinessCase bc, Settings s) {
        TextTable table = new TextTable()
            .row("Sensitivity (NPV " + Amounts.money(bc.npv()) + ", break-even "
                + month(bc.breakEvenMonth()) + ")", "Low", "High", "NPV low", "NPV high",
                "Break-even low", "Break-even high").rule();
        for (SensitivityRow r : rows) {
            table.row(r.label(), value(r, r.low(), s), value(r, r.high(), s),
                Amounts.money(r.npvLow()), Amounts.money(r.npvHigh()), month(r.breakEvenLow()),
                month(r.breakEvenHigh()));
        }
        return table.render();
    }

    /** Money as money, rates and months as they are written in the model. */
    private static String value(SensitivityRow r, BigDecimal v, Settings s) {
        return switch (r.assumption()) {
            case "usdToCurrency" -> Amounts.exact(v).toPlainString();
            case "dualRunMonths" -> v.toPlainString() + " months";
            case "discountRate" -> Amounts.exact(v.multiply(BigDecimal.valueOf(100)))
                .toPlainString() + " %";
            default -> Amounts.money(v) + " " + s.currency();
        };
    }

    private static String month(YearMonth m) {
        return m == null ? "none" : m.toString();
    }
}
