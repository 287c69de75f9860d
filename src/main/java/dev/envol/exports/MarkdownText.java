package dev.envol.exports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Markdown pieces for the wiki page: escaped text, table rows, amounts. */
final class MarkdownText {
    private MarkdownText() {
    }

    /**
     * Model text inside a table cell: a {@code |} would end the cell and a line break the row;
     * angle brackets would be read as HTML.
     */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return inline(text).replace("|", "\\|");
    }

    /** Model text in a heading or a sentence: one line, no HTML. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("\\s*\\R\\s*", " ").replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;");
    }

    /** Model text as inline code: backticks in the text are dropped (they would close it). */
    static String code(String text) {
        return "`" + inline(text).replace("`", "'").replace("|", "\\|") + "`";
    }

    static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** The header and its separator; {@code right} marks columns aligned right (amounts). */
    static String header(List<String> titles, boolean... right) {
        StringBuilder separator = new StringBuilder("|");
        for (int i = 0; i < titles.size(); i++) {
            separator.append(i < right.length && right[i] ? " ---: |" : " --- |");
        }
        return row(titles) + separator + "\n";
    }

    /** {@code 121,875.00 EUR}: rounded to cents for display. */
    static String money(BigDecimal amount, String currency) {
        return Decimals.grouped(amount.setScale(2, RoundingMode.HALF_UP), 2) + " " + currency;
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
