package dev.envol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.cost.CostEngine;
import dev.envol.cost.CostLine;
import dev.envol.model.ArchitectureKind;
import dev.envol.pricing.PriceCatalogs;
import dev.envol.ui.canvas.DiagramCanvas;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real main window, headless: clicking the sample's CloudFront tile shows its volume tiers
 * in the inspector (the tiers its 60,000 GB reach, quantity x rate = amount each, and its share
 * at the blended rate), the same figures as the engine's line.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InspectorTiersFxTest {
    private DocumentViewModel doc;

    private MainWindowFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = MainWindowFixture.build(stage, "envol-fx").freshSize();
        doc = fx.doc;
        fx.showSample();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        MainWindowFixture.waitUntil(30, condition);
    }

    private static List<String> texts(FxRobot robot, String style) {
        return robot.lookup("#inspector-tiers ." + style).queryAll().stream()
            .filter(Node::isVisible).map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void clickingCloudFrontShowsItsVolumeTiersInTheInspector(FxRobot robot) {
        DiagramCanvas canvas = fx.sampleTarget(robot);
        robot.clickOn(MainWindowFixture.screenOf(robot, canvas, "cloudfront"));
        assertThat(doc.selectionProperty().get().components()).containsExactly("cloudfront");
        waitUntil(() -> !texts(robot, "inspector-tier-row").isEmpty());

        // 60,000 GB a month: 10,240 at the first rate, 40,960 at the second, 8,800 at the third
        List<String> rows = texts(robot, "inspector-tier-row");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains("0-10,240 GB: 10,240 x 0.0782 = ");
        assertThat(rows.get(1)).contains("10,240-51,200 GB: 40,960 x 0.0736 = ");
        assertThat(rows.get(2)).contains(": 8,800 x ");
        CostLine engine = new CostEngine().estimate(doc.current(), PriceCatalogs.standard())
            .target().components().stream().filter(c -> c.id().equals("cloudfront"))
            .findFirst().orElseThrow().lines().stream().filter(CostLine::isTiered)
            .findFirst().orElseThrow();
        List<String> shares = texts(robot, "inspector-tier-share");
        assertThat(shares).hasSize(1);
        assertThat(shares.get(0)).startsWith(engine.item() + ": 60,000 of 60,000 GB (100%)")
            .endsWith(dev.envol.ui.panels.MoneyText.format(engine.amount(), "EUR",
                java.util.Locale.ENGLISH, 2));

        // a component without tiers shows none
        robot.interact(() -> doc.selectionProperty().set(
            Selection.of(ArchitectureKind.TARGET, java.util.Set.of("waf"))));
        assertThat(robot.lookup("#inspector-tiers").query().isVisible()).isFalse();
    }
}
