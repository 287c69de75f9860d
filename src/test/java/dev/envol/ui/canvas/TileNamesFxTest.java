package dev.envol.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.layout.TileLabelChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * At 100 % the canvas draws names of up to 40 characters whole: at most two lines, no ellipsis,
 * each line within the tile's text width measured in the canvas's own JavaFX font.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TileNamesFxTest {
    @Test
    void everyNameUpToFortyCharactersFitsTwoLines(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        List<String> names = TileLabelChecks.names();
        robot.interact(() -> {
            TileNames tileNames = new TileNames();
            for (String name : names) {
                List<String> lines = tileNames.lines(name);
                problems.addAll(TileLabelChecks.problems(name, lines, tileNames::measure));
            }
        });
        assertThat(names).hasSizeGreaterThan(100);
        assertThat(problems).isEmpty();
    }
}
