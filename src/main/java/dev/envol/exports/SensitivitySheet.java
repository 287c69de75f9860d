package dev.envol.exports;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.SensitivityRow;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Sensitivity sheet: each assumption tried low and high, the NPV and break-even at each, the
 * NPV swing, largest first. These figures are the engine's, written as values: each one is a
 * whole timeline recomputed, which a cell formula cannot do; the base NPV beside them is the
 * Summary's live formula, and a note says to export again after changing an assumption.
 */
final class SensitivitySheet {
    static final String NOTE = "Values computed by Envol at export (each is the whole business "
        + "case recomputed with one assumption moved); export again after editing assumptions.";

    private SensitivitySheet() {
    }

    static void write(Sheet sheet, List<SensitivityRow> rows, BusinessCase business,
                      BudgetStyles s) {
        Row header = sheet.createRow(0);
        String[] titles = {"Assumption", "Key", "Base", "Low", "High", "NPV low", "NPV high",
            "NPV swing", "Break-even low", "Break-even high"};
        for (int i = 0; i < titles.length; i++) {
            s.header(header, i, titles[i]);
        }
        int r = 1;
        for (SensitivityRow row : rows) {
            Row line = sheet.createRow(r++);
            CellStyle value = style(row.assumption(), s);
            s.text(line, 0, row.label());
            s.text(line, 1, row.assumption());
            number(line, 2, row.base(), value, s);
            number(line, 3, row.low(), value, s);
            number(line, 4, row.high(), value, s);
            number(line, 5, row.npvLow(), s.money, s);
            number(line, 6, row.npvHigh(), s.money, s);
            s.formula(line, 7, "ABS(G" + r + "-F" + r + ")", s.money, row.swing());
            s.text(line, 8, month(row.breakEvenLow()));
            s.text(line, 9, month(row.breakEvenHigh()));
        }
        Row base = sheet.createRow(r + 1);
        s.text(base, 0, "NPV as modelled").setCellStyle(s.label);
        s.formula(base, 5, "'" + BudgetSheets.SUMMARY + "'!$E$1", s.money, business.npv());
        s.text(sheet.createRow(r + 2), 0, NOTE);
        BudgetSheets.widths(sheet, 34, 18, 16, 16, 16, 18, 18, 16, 14, 15);
        sheet.createFreezePane(0, 1);
        BudgetSheets.print(sheet);
    }

    private static CellStyle style(String assumption, BudgetStyles s) {
        return switch (assumption) {
            case "usdToCurrency" -> s.number;
            case "dualRunMonths" -> s.integer;
            case "discountRate" -> s.percent;
            default -> s.money;
        };
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style,
                               BudgetStyles s) {
        if (value != null) {
            s.number(row, column, value.doubleValue(), style);
        }
    }

    private static String month(YearMonth month) {
        return month == null ? SummarySheet.NO_BREAK_EVEN : month.toString();
    }
}
