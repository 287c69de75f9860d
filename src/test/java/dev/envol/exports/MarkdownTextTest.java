package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    @Test
    void tableCellsCannotBreakTheTable() {
        assertThat(MarkdownText.cell("a | b\nc\r\nd <script>"))
            .isEqualTo("a \\| b c d &lt;script&gt;");
        assertThat(MarkdownText.row(java.util.List.of(MarkdownText.cell("x|y"), "z")))
            .isEqualTo("| x\\|y | z |\n");
    }

    @Test
    void moneyIsRoundedToCents() {
        assertThat(MarkdownText.money(new java.math.BigDecimal("1234.565"), "EUR"))
            .isEqualTo("1,234.57 EUR");
    }
}
