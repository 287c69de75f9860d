package dev.envol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Link;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalogs;
import dev.envol.ui.canvas.DiagramCanvas;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window headless: palette drop, link, inspector, undo, save, errors. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MainWindowFxTest {
    private DocumentViewModel doc;
    private MainWindow window;
    private Path dir;
    private Path sample;

    private MainWindowFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        // the drops below aim beside tiles that a smaller window would leave off the canvas
        fx = MainWindowFixture.build(stage, "envol-fx").freshSize();
        doc = fx.doc;
        window = fx.window;
        dir = fx.dir;
        sample = fx.showSample();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        MainWindowFixture.waitUntil(30, condition);
    }

    private DiagramCanvas target(FxRobot robot) {
        return fx.sampleTarget(robot);
    }

    private static Point2D screenOf(FxRobot robot, DiagramCanvas canvas, String id) {
        return MainWindowFixture.screenOf(robot, canvas, id);
    }

    @Test
    void addAnAutoScalingGroupFromThePaletteLinkItChangeItsInstanceTypeAndUndo(FxRobot robot) {
        DiagramCanvas canvas = target(robot);
        assertThat(doc.titleProperty().get()).isEqualTo("betting-platform.envol.json — Envol");
        Project opened = doc.current();
        Point2D rds = screenOf(robot, canvas, "accounts-rds");

        robot.drag("#palette-aws-asg").dropTo(rds.add(160, 0));
        WaitForAsyncUtils.waitForFxEvents();
        Component asg = doc.current().target().component("asg").orElseThrow();
        assertThat(asg.type()).isEqualTo("aws.asg");
        assertThat(doc.selectionProperty().get().components()).containsExactly("asg");

        // drag from the new tile's link handle (middle of its right edge) to the database
        Point2D[] handle = new Point2D[1];
        robot.interact(() -> handle[0] = canvas.localToScreen(canvas.linkHandleOf("asg")));
        robot.drag(handle[0], javafx.scene.input.MouseButton.PRIMARY).dropTo(screenOf(robot, canvas, "accounts-rds"));
        assertThat(doc.current().target().links()).contains(Link.of("asg", "accounts-rds", null));

        robot.interact(() -> doc.selectionProperty().set(Selection.of(ArchitectureKind.TARGET, java.util.Set.of("asg"))));
        robot.clickOn("#prop-min").write("2").type(KeyCode.ENTER);
        robot.clickOn("#prop-instanceType").write("m6g.large").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.current().target().component("asg").orElseThrow().props().text("instanceType"))
            .contains("m6g.large");
        // the target total moves by exactly the new group's monthly cost plus the AWS Support
        // plan's share of it (the sample pays Business support, a percentage of AWS charges)
        var engine = new dev.envol.cost.CostEngine();
        var before = engine.estimate(opened, PriceCatalogs.standard());
        var after = engine.estimate(doc.current(), PriceCatalogs.standard());
        var asgCost = after.componentCost("asg").orElseThrow();
        assertThat(asgCost.isUnpriced()).isFalse();
        var supportChange = after.target().support().monthly()
            .subtract(before.target().support().monthly());
        assertThat(supportChange).isPositive();
        assertThat(after.target().monthly().subtract(before.target().monthly()))
            .isEqualByComparingTo(asgCost.monthly().add(supportChange));
        String expected = dev.envol.ui.panels.MoneyText.format(after.target().monthly(), after.currency(),
            java.util.Locale.ENGLISH, 0);
        Label totals = robot.lookup("#status-totals").queryAs(Label.class);
        try {
            waitUntil(() -> totals.getText().contains("target " + expected));
        } catch (AssertionError e) {
            throw new AssertionError("status shows '" + totals.getText() + "', expected target " + expected, e);
        }
        assertThat(doc.undoTextProperty().get()).isEqualTo("Change instanceType of asg");

        robot.clickOn(canvas);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.current().target().component("asg").orElseThrow().props().has("instanceType")).isFalse();
        assertThat(doc.redoTextProperty().get()).isEqualTo("Change instanceType of asg");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.current()).isEqualTo(opened);
        assertThat(doc.dirtyProperty().get()).isFalse();
    }

    @Test
    void aRefusedValueInTheInspectorSaysWhyAndChangesNothing(FxRobot robot) {
        target(robot);
        robot.interact(() -> doc.selectionProperty().set(Selection.of(ArchitectureKind.TARGET, java.util.Set.of("accounts-rds"))));
        TextField storage = robot.lookup("#prop-storageGb").queryAs(TextField.class);
        robot.doubleClickOn(storage).write("-3");
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class))
            .anySatisfy(l -> assertThat(l.getText()).isEqualTo("must not be negative"));
        robot.type(KeyCode.ENTER);
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void saveReopenAndCompare(FxRobot robot) {
        DiagramCanvas canvas = target(robot);
        Point2D rds = screenOf(robot, canvas, "accounts-rds");
        robot.drag(rds, javafx.scene.input.MouseButton.PRIMARY).moveBy(80, 40).drop();
        Project moved = doc.current();
        assertThat(moved.target().component("accounts-rds").orElseThrow().position())
            .isEqualTo(new dev.envol.model.Position(1080, 420));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.dirtyProperty().get()).isFalse();
        robot.interact(() -> doc.newModel());
        assertThat(doc.current().target().components()).isEmpty();
        robot.interact(() -> window.files().open(sample));
        waitUntil(() -> !doc.current().target().components().isEmpty());
        assertThat(doc.current()).isEqualTo(moved);
    }

    @Test
    void aBrokenModelOpensNothingAndShowsTheErrorWithItsLocation(FxRobot robot) {
        target(robot);
        Project before = doc.current();
        Path broken = dir.resolve("broken.envol.json");
        robot.interact(() -> {
            try {
                java.nio.file.Files.writeString(broken, java.nio.file.Files.readString(sample)
                    .replaceFirst("\"type\": \"aws.rds\"", "\"type\": \"aws.nope\""));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            window.files().open(broken);
        });
        Label banner = robot.lookup("#error-banner").queryAs(Label.class);
        waitUntil(() -> !banner.getText().isEmpty());
        assertThat(robot.lookup("#error-banner").queryAs(Label.class).getText())
            .contains("broken.envol.json:").contains("aws.nope");
        assertThat(doc.current()).isSameAs(before);
        assertThat(robot.lookup("#problems-table").queryTableView().getItems()).isNotEmpty();
    }
}
