package dev.envol.exports;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Layout shared by the budget's sheets: names, widths, frozen header, filter, print setup. */
final class BudgetSheets {
    static final String SUMMARY = "Summary";
    static final String CURRENT = "Current";
    static final String TARGET = "Target";
    static final String TIMELINE = "Timeline";
    static final String WAVES = "Waves";
    static final String ASSUMPTIONS = "Assumptions";
    static final String PRICES = "Prices";
    static final String SENSITIVITY = "Sensitivity";

    private BudgetSheets() {
    }

    /** Column widths in characters. */
    static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
    }

    /** Landscape, one page wide. */
    static void print(Sheet sheet) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    /** Header row frozen, with a filter over the header and the rows under it. */
    static void table(Sheet sheet, int headerRow, int lastRow, int lastColumn) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0,
            lastColumn));
    }

    /** A sheet-qualified absolute range, {@code 'Current'!$I$2:$I$40} (1-based rows). */
    static String range(String sheet, char column, int firstRow, int lastRow) {
        return "'" + sheet + "'!$" + column + "$" + firstRow + ":$" + column + "$" + lastRow;
    }

    static String cell(String sheet, char column, int row) {
        return "'" + sheet + "'!$" + column + "$" + row;
    }
}
