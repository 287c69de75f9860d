package dev.envol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.ui.business.ChartImages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Business case tab on the reference model, in a 1280 x 800 window: it takes the whole
 * window, shows the headline figures with their definitions, the four charts at a readable size
 * and the tornado with one bar per assumption; a chart exports to PNG. With
 * {@code -Denvol.screenshot=FILE} it also writes the view's picture (the README's screenshot).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class BusinessCaseFxTest {
    private DocumentViewModel doc;
    private Stage stage;

    @org.junit.jupiter.api.BeforeAll
    static void slowMachine() {
        // building the window and opening the reference model takes more than the default
        // 10 s when the machine is busy
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        MainWindowFixture fx = MainWindowFixture.build(stage, "envol-bc").size(1280, 800);
        doc = fx.doc;
        fx.showSample();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        MainWindowFixture.waitUntil(60, condition);
    }

    private static Node tab(FxRobot robot, String title) {
        return robot.lookup(".tab-label").match(
            org.testfx.matcher.control.LabeledMatchers.hasText(title)).query();
    }

    @SuppressWarnings("unchecked")
    private static BarChart<Number, String> tornado(FxRobot robot) {
        return robot.lookup("#bc-tornado").queryAs(BarChart.class);
    }

    @Test
    void theBusinessCaseTabFillsTheWindowWithFiguresChartsAndATornadoBarPerAssumption(
        FxRobot robot) throws Exception {
        waitUntil(() -> doc.current().target().components().size() == 51);
        assertThat(robot.lookup("#palette-search").tryQuery()).isPresent();
        robot.clickOn(tab(robot, "Business case"));
        waitUntil(() -> tornado(robot).getData().size() == 2
            && !tornado(robot).getData().get(0).getData().isEmpty());

        String shot = System.getProperty("envol.screenshot");
        if (shot != null) {
            robot.interact(() -> {
                try {
                    ChartImages.writePng(stage.getScene().getRoot(), Path.of(shot));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        // the palette, the inspector and the bottom panels step aside
        assertThat(robot.lookup("#palette-search").tryQuery()).isEmpty();
        assertThat(robot.lookup("#panel-tabs").tryQuery()).isEmpty();

        // one bar per assumption of the sensitivity analysis, largest swing on top
        BarChart<Number, String> tornado = tornado(robot);
        CategoryAxis axis = (CategoryAxis) tornado.getYAxis();
        assertThat(axis.getCategories()).hasSize(6);
        assertThat(axis.getCategories()).anyMatch(c -> c.startsWith("Target run rate"))
            .anyMatch(c -> c.startsWith("Discount rate"));
        // as drawn: the bars' swing (|high - low|) shrinks from the top row to the bottom one
        java.util.TreeMap<Double, Double> swingByRowY = new java.util.TreeMap<>();
        for (int i = 0; i < 6; i++) {
            XYChart.Data<Number, String> lowBar = tornado.getData().get(0).getData().get(i);
            double low = lowBar.getXValue().doubleValue();
            double high = tornado.getData().get(1).getData().get(i).getXValue().doubleValue();
            swingByRowY.put(axis.getDisplayPosition(lowBar.getYValue()), Math.abs(high - low));
        }
        assertThat(swingByRowY).hasSize(6);
        double previous = Double.MAX_VALUE;
        for (double swing : swingByRowY.values()) {
            assertThat(swing).isLessThanOrEqualTo(previous);
            previous = swing;
        }
        for (XYChart.Series<Number, String> series : tornado.getData()) {
            assertThat(series.getData()).hasSize(6);
            for (XYChart.Data<Number, String> bar : series.getData()) {
                assertThat(bar.getNode()).isNotNull();
                assertThat(bar.getNode().isVisible()).isTrue();
            }
        }
        // each bar has width on screen: the low and high values do move the NPV
        long drawn = tornado.getData().get(0).getData().stream()
            .filter(d -> d.getNode().getBoundsInParent().getWidth() > 1).count();
        assertThat(drawn).isGreaterThanOrEqualTo(5);

        // the four charts are big enough to read in a 1280 x 800 window
        for (String id : new String[] {"#bc-run-rate", "#bc-cumulative", "#bc-waterfall",
            "#bc-tornado"}) {
            Node chart = robot.lookup(id).query();
            Bounds b = chart.getLayoutBounds();
            assertThat(b.getWidth()).as(id + " width").isGreaterThan(540);
            assertThat(b.getHeight()).as(id + " height").isGreaterThan(200);
        }

        // headline figures, each with its definition on hover
        Label npv = robot.lookup("#bc-figure-npv").queryAs(Label.class);
        assertThat(npv.getText()).contains("€");
        Set<Node> cards = robot.lookup(".bc-figure").queryAll();
        assertThat(cards).hasSizeGreaterThanOrEqualTo(7);
        for (Node card : cards) {
            Object tip = card.getProperties().get("javafx.scene.control.Tooltip");
            assertThat(tip).isInstanceOf(Tooltip.class);
            assertThat(((Tooltip) tip).getText()).isNotBlank();
        }

        // a chart exports to a PNG of its size
        Path png = Files.createTempDirectory("envol-bc-png").resolve("tornado.png");
        robot.interact(() -> {
            try {
                ChartImages.writePng(tornado, png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat((double) image.getWidth()).isCloseTo(tornado.getWidth(), org.assertj.core.api.Assertions.within(4.0));

        // back on a canvas, the palette and panels come back
        robot.clickOn(tab(robot, "Target"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#palette-search").tryQuery()).isPresent();
        assertThat(robot.lookup("#panel-tabs").tryQuery()).isPresent();
    }
}
