package dev.envol.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.ArchitectureKind;
import dev.envol.ui.DocumentViewModel;
import dev.envol.ui.SampleProjects;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
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
 * A pan frame served from the cached picture (shifted, or scrolled with only the uncovered strips
 * drawn) shows what a full render of the same view shows.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LayerCacheFxTest {
    private DiagramCanvas canvas;
    private DiagramCanvas reference;
    private Stage own;

    @Start
    void start(Stage primary) {
        // a stage of its own: the shared primary stage keeps its size for the next test class
        own = new Stage();
        DocumentViewModel doc = new DocumentViewModel(null, SampleProjects.generated(300, 7));
        canvas = new DiagramCanvas(doc, ArchitectureKind.TARGET, new CopyBuffer());
        reference = new DiagramCanvas(doc, ArchitectureKind.TARGET, new CopyBuffer());
        for (DiagramCanvas c : new DiagramCanvas[] {canvas, reference}) {
            c.setMinSize(800, 500);
            c.setMaxSize(800, 500);
        }
        own.setScene(new Scene(new HBox(canvas, reference), 1600, 500));
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }

    @Test
    void pannedFramesMatchAFullRenderOfTheSameView(FxRobot robot) {
        robot.interact(() -> {
            canvas.actualSize();
            reference.actualSize();
        });
        // within the margin (a plain shift), then past it (strips drawn), both ways
        double[][] pans = {{-150, -90}, {-150, -90}, {-150, -90}, {320, 200}, {320, 200}};
        for (double[] pan : pans) {
            WritableImage[] cached = new WritableImage[1];
            WritableImage[] full = new WritableImage[1];
            robot.interact(() -> {
                canvas.pan(pan[0], pan[1]);
                cached[0] = canvas.snapshot(null, null);
                reference.pan(pan[0], pan[1]);
                reference.themeChanged(); // same colours, but the picture is drawn from scratch
                full[0] = reference.snapshot(null, null);
            });
            assertThat(differingPixels(cached[0], full[0]))
                .as("pixels differing after a pan of %s, %s", pan[0], pan[1])
                .isLessThan(0.002);
        }
    }

    /** The share of pixels whose colour differs by more than anti-aliasing noise. */
    static double differingPixels(WritableImage a, WritableImage b) {
        int w = (int) a.getWidth();
        int h = (int) a.getHeight();
        assertThat((int) b.getWidth()).isEqualTo(w);
        int differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = a.getPixelReader().getArgb(x, y);
                int q = b.getPixelReader().getArgb(x, y);
                int d = Math.abs((p & 0xff) - (q & 0xff)) + Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff))
                    + Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff));
                if (d > 24) {
                    differing++;
                }
            }
        }
        return differing / (double) (w * h);
    }
}
