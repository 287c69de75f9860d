package dev.envol.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line breaking itself, with a font whose every character is 10 units wide. */
class TileLabelTest {
    private static final TileLabel.Measure MONO = text -> text.length() * 10.0;

    @Test
    void aNameThatFitsStaysOnOneLine() {
        assertThat(TileLabel.wrap("Bets RDS", MONO, 100)).containsExactly("Bets RDS");
    }

    @Test
    void twoLinesBreakWhereTheLongerLineIsShortest() {
        // filling the first line would give "aa bb cc dd" + "ee"
        assertThat(TileLabel.wrap("aa bb cc dd ee", MONO, 110))
            .containsExactly("aa bb", "cc dd ee");
        assertThat(TileLabel.wrap("Route 53 (weighted cut-over)", MONO, 180))
            .containsExactly("Route 53 (weighted", "cut-over)");
    }

    @Test
    void aHyphenOrSlashBreaksWhenNoSpaceDoes() {
        assertThat(TileLabel.wrap("Site-to-Site VPN", MONO, 90))
            .containsExactly("Site-to-", "Site VPN");
        assertThat(TileLabel.wrap("Identity/Entra", MONO, 90))
            .containsExactly("Identity/", "Entra");
    }

    @Test
    void whatNeedsMoreThanTwoLinesEndsWithAnEllipsis() {
        List<String> lines = TileLabel.wrap("one two three four five six", MONO, 100);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("one two");
        assertThat(lines.get(1)).endsWith(TileLabel.ELLIPSIS);
        assertThat(lines).allMatch(l -> MONO.width(l) <= 100);
    }

    @Test
    void aWordLongerThanALineIsBroken() {
        assertThat(TileLabel.wrap("Supercalifragilistic", MONO, 100))
            .containsExactly("Supercalif", "ragilistic");
    }
}
