package dev.envol.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.io.ModelFiles;
import dev.envol.model.ArchitectureKind;
import dev.envol.ui.DocumentViewModel;
import dev.envol.ui.MainWindowFixture;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A drag frame (the cached picture of what stays, the resized application boxes drawn again
 * where they changed, the moved tiles and links over it) shows what drawing the same frame from
 * scratch shows, while the dragged tile grows, shrinks and moves its box.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DragFrameFxTest {
    private static final Set<String> DRAGGED = Set.of("poker-alb");
    private DiagramCanvas canvas;
    private Canvas reference;
    private Stage own;

    @Start
    void start(Stage primary) {
        DocumentViewModel doc = new DocumentViewModel(null, ModelFiles.load(MainWindowFixture.SAMPLE));
        canvas = new DiagramCanvas(doc, ArchitectureKind.TARGET, new CopyBuffer());
        canvas.setMinSize(800, 500);
        canvas.setMaxSize(800, 500);
        reference = new Canvas(800, 500);
        // the app's colours: the box fill must differ from the background
        own = dev.envol.ui.StyledStage.show(new HBox(canvas, reference), 1600, 500);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }

    @Test
    void dragFramesMatchAFullRenderOfTheSameFrame(FxRobot robot) {
        robot.interact(() -> {
            canvas.actualSize();
            canvas.zoom(0.6);
            Rectangle2D poker = canvas.geometry().applications.entrySet().stream()
                .filter(e -> e.getKey().id().equals("poker")).findFirst().orElseThrow().getValue();
            canvas.pan(400 - canvas.viewport.screenX(poker.getMinX() + 500),
                250 - canvas.viewport.screenY(poker.getMinY() + 80));
        });
        DiagramRenderer renderer = new DiagramRenderer(canvas.colours());
        // right within the box, out past its right edge (the box leaves the old place), down
        // over the next box, up and left out of it, and back where it started
        double[][] moves = {{40, 0}, {1120, 0}, {1120, 60}, {700, 200}, {-300, -120}, {0, 0}};
        for (double[] move : moves) {
            WritableImage[] frame = new WritableImage[1];
            WritableImage[] full = new WritableImage[1];
            robot.interact(() -> {
                canvas.dragFrame(DRAGGED, move[0], move[1]);
                frame[0] = canvas.canvas.snapshot(null, null);
                DiagramGeometry drawn = canvas.drawn();
                DiagramGeometry still = canvas.geometry().without(DRAGGED);
                GraphicsContext g = reference.getGraphicsContext2D();
                renderer.draw(g, still.withApplications(drawn.applications), canvas.viewport, 800, 500,
                    Set.of(), null, Badges.NONE);
                renderer.drawMoving(g, drawn, DRAGGED, canvas.viewport, 800, 500, Set.of(), null,
                    Badges.NONE);
                full[0] = reference.snapshot(null, null);
            });
            assertThat(LayerCacheFxTest.differingPixels(frame[0], full[0]))
                .as("pixels differing in the frame of a drag by %s, %s", move[0], move[1])
                .isLessThan(0.0005);
        }
        robot.interact(() -> canvas.dragFrame(null, 0, 0));
    }
}
