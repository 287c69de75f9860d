package dev.envol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.cost.CostEngine;
import dev.envol.cost.CostLine;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalogs;
import dev.envol.ui.canvas.DiagramCanvas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window, headless: clicking the sample's CloudFront tile shows its volume tiers
 * in the inspector (the tiers its 60,000 GB reach, quantity x rate = amount each, and its share
 * at the blended rate), the same figures as the engine's line.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InspectorTiersFxTest {
    private DocumentViewModel doc;

    @Start
    void start(Stage stage) throws Exception {
        AppSettings settings = new AppSettings(
            Preferences.userRoot().node("envol-test-" + System.nanoTime()));
        settings.setLocale(java.util.Locale.ENGLISH);
        settings.theme().apply();
        Path sample = Files.createTempDirectory("envol-fx").resolve("betting-platform.envol.json");
        Files.copy(Path.of("models/betting-platform.envol.json"), sample);
        doc = new DocumentViewModel(dev.envol.ui.files.ModelStore.files(), Project.empty("empty"));
        MainWindow window = new MainWindow(stage, doc, settings, PriceCatalogs::standard);
        window.build();
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1560, screen.getWidth() - 20));
        stage.setHeight(Math.min(960, screen.getHeight() - 40));
        stage.show();
        window.files().open(sample);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 30 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(FxRobot robot, String style) {
        return robot.lookup("#inspector-tiers ." + style).queryAll().stream()
            .filter(Node::isVisible).map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void clickingCloudFrontShowsItsVolumeTiersInTheInspector(FxRobot robot) {
        waitUntil(() -> doc.current().target().components().size() == 51);
        DiagramCanvas canvas = robot.lookup("#canvas-target").queryAs(DiagramCanvas.class);
        Point2D[] tile = new Point2D[1];
        robot.interact(() -> tile[0] = canvas.localToScreen(canvas.centreOf("cloudfront")));

        robot.clickOn(tile[0]);
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
