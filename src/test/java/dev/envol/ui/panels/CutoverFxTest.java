package dev.envol.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.io.ModelFiles;
import dev.envol.model.Cutover;
import dev.envol.model.Project;
import dev.envol.plan.DependencyWavePlanner;
import dev.envol.ui.DocumentViewModel;
import dev.envol.ui.Messages;
import dev.envol.ui.inspector.InspectorView;
import dev.envol.ui.inspector.InspectorViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Waves panel draws each cut-over inside its wave lane; clicking an application shows its
 * cut-over in the inspector, where editing it is one undoable edit that redraws the lane.
 * {@code -Denvol.cutoverShot=FILE} saves a picture of the panel (for a person to look at).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CutoverFxTest {
    private DocumentViewModel doc;
    private Stage own;
    private WavesPanel panel;

    @Start
    void start(Stage primary) {
        Project model = ModelFiles.load(Path.of("models/betting-platform.envol.json"));
        Project planned = new DependencyWavePlanner().plan(model).writeInto(model);
        doc = new DocumentViewModel(null, planned);
        Messages messages = new Messages(Locale.ENGLISH);
        WavesViewModel waves = new WavesViewModel(doc);
        panel = new WavesPanel(waves, messages, () -> { });
        InspectorView inspector = new InspectorView(new InspectorViewModel(doc), messages);
        inspector.setPrefWidth(340);
        HBox root = new HBox(panel, inspector);
        HBox.setHgrow(panel, Priority.ALWAYS);
        own = dev.envol.ui.StyledStage.show(root, 1400, 560);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }

    @Test
    void eachCutoverIsDrawnInItsLaneAndEditedInTheInspector(FxRobot robot) throws Exception {
        // horse-betting: 5, 25, 50, 100 % a week apart, then 14 days warm, in a 3-month wave
        CutoverStrip horse = robot.lookup("#cutover-horse-betting").queryAs(CutoverStrip.class);
        assertThat(horse.getChildren()).hasSize(4);
        double perDay = CutoverStrip.WIDTH / 92; // wave-3: July to September, 92 days
        assertThat(horse.getChildren().get(0).prefWidth(-1)).isCloseTo(7 * perDay,
            org.assertj.core.data.Offset.offset(0.01));
        assertThat(horse.getChildren().get(3).prefWidth(-1)).isCloseTo(14 * perDay,
            org.assertj.core.data.Offset.offset(0.01));
        assertThat(horse.getChildren().get(0).getOpacity())
            .isLessThan(horse.getChildren().get(3).getOpacity());
        assertThat(robot.lookup("#cutover-regulatory-vault").tryQuery()).as("retained: none")
            .isEmpty();
        assertThat(robot.lookup("#cutover-affiliates").tryQuery()).as("retired: none").isEmpty();
        shot(robot);

        robot.clickOn("#cutover-horse-betting");
        replace(robot, "#cutover-steps", "10, 100");
        replace(robot, "#cutover-keep-days", "60");

        Cutover edited = doc.current().application("horse-betting").orElseThrow().cutover();
        assertThat(edited.steps()).containsExactly(10, 100);
        assertThat(edited.keepDays()).isEqualTo(60);
        CutoverStrip redrawn = robot.lookup("#cutover-horse-betting").queryAs(CutoverStrip.class);
        assertThat(redrawn.getChildren()).hasSize(2);

        replace(robot, "#cutover-steps", "50, 40, 100");
        assertThat(robot.lookup(".field-error").queryAll()).anyMatch(n -> n instanceof
            javafx.scene.control.Label l && l.getText().contains("increase strictly"));
        assertThat(doc.current().application("horse-betting").orElseThrow().cutover().steps())
            .as("a refused value changes nothing").containsExactly(10, 100);

        robot.interact(() -> doc.undo());
        robot.interact(() -> doc.undo());
        assertThat(doc.current().application("horse-betting").orElseThrow().cutover().steps())
            .containsExactly(5, 25, 50, 100);
    }

    /** Types {@code text} over a field's content and commits it with Enter. */
    private static void replace(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.interact(() -> robot.lookup(field).queryAs(TextField.class).selectAll());
        robot.write(text).type(javafx.scene.input.KeyCode.ENTER);
    }

    private void shot(FxRobot robot) throws Exception {
        String file = System.getProperty("envol.cutoverShot");
        if (file == null) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = own.getScene().getRoot().snapshot(null, null));
        Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", Path.of(file).toFile());
    }
}
