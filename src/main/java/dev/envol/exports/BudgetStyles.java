package dev.envol.exports;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The budget's cell styles (a workbook allows a few thousand, so they are made once) and the one
 * way model text enters a cell: always a string cell, and a string that Excel would read as a
 * formula when edited ({@code = + - @}) is quote-prefixed.
 */
final class BudgetStyles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle quotedText;
    final CellStyle money;
    final CellStyle moneyTotal;
    final CellStyle unitPrice;
    final CellStyle usdUnitPrice;
    final CellStyle number;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle label;

    BudgetStyles(Workbook workbook, String currency) {
        String code = currency.replace("\"", "");
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        label = workbook.createCellStyle();
        label.setFont(bold);
        text = workbook.createCellStyle();
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        short moneyFormat = workbook.createDataFormat().getFormat(
            "#,##0.00 \"" + code + "\";-#,##0.00 \"" + code + "\"");
        money = workbook.createCellStyle();
        money.setDataFormat(moneyFormat);
        moneyTotal = workbook.createCellStyle();
        moneyTotal.setDataFormat(moneyFormat);
        moneyTotal.setFont(bold);
        moneyTotal.setBorderTop(BorderStyle.THIN);
        unitPrice = workbook.createCellStyle();
        unitPrice.setDataFormat(workbook.createDataFormat().getFormat(
            "#,##0.00#### \"" + code + "\""));
        usdUnitPrice = workbook.createCellStyle();
        usdUnitPrice.setDataFormat(workbook.createDataFormat().getFormat(
            "#,##0.00#### \"USD\""));
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.####"));
        integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
    }

    /** Model text: a string cell, never a formula; quote-prefixed when it looks like one. */
    Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value == null) {
            return cell;
        }
        cell.setCellValue(value);
        cell.setCellStyle(looksLikeFormula(value) ? quotedText : text);
        return cell;
    }

    Cell header(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(header);
        return cell;
    }

    Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * A formula with the engine's figure as its cached result, so a viewer that does not
     * recalculate on load (LibreOffice by default, previews) still shows the right number.
     */
    Cell formula(Row row, int column, String formula, CellStyle style, double cached) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    Cell formula(Row row, int column, String formula, CellStyle style, BigDecimal cached) {
        return formula(row, column, formula, style, cached.doubleValue());
    }

    /** A formula whose result is text, with its cached text. */
    Cell textFormula(Row row, int column, String formula, String cached) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(text);
        return cell;
    }

    static boolean looksLikeFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@'
            || first == '\t' || first == '\r';
    }
}
