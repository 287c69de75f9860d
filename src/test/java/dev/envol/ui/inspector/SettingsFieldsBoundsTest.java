package dev.envol.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.model.Settings;
import org.junit.jupiter.api.Test;

/** Money and counts of the settings are bounded in the editor as in the file. */
class SettingsFieldsBoundsTest {
    private static SettingsFields.Field field(String key) {
        return SettingsFields.ALL.stream().filter(f -> f.key().equals(key)).findFirst()
            .orElseThrow();
    }

    @Test
    void aDayRateOverItsBoundIsRefusedNamingTheBound() {
        assertThatThrownBy(() -> field("dayRate").write().apply(Settings.defaults(), "1e308"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("\"dayRate\" must be at most 10^12 (plausible bound), not 1E+308");
        assertThat(field("dayRate").write().apply(Settings.defaults(), "950").dayRate())
            .isEqualByComparingTo("950");
    }

    /** Before the bound, 1e308 months reached intValueExact and escaped as an ArithmeticException. */
    @Test
    void aHugeHorizonIsRefusedAsBadInputNotAnArithmeticError() {
        assertThatThrownBy(() -> field("horizonMonths").write().apply(Settings.defaults(),
            "1e308")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("at most 1200");
        assertThatThrownBy(() -> field("discountRate").write().apply(Settings.defaults(), "8"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1 ");
    }
}
