package dev.envol.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Position;
import dev.envol.model.Project;
import dev.envol.ui.MainWindowFixture;
import dev.envol.ui.canvas.ThemeColours.Role;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14 through the real window: a tile dragged out of its application box takes the box
 * with it while the mouse is still down (drawn, and no trace of the old box left), the drop
 * keeps exactly that box, and undo puts tile and box back.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class CanvasDragFxTest {
    private static final String TILE = "poker-alb";
    private static final String APP = "poker";
    private MainWindowFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = MainWindowFixture.build(stage, "envol-drag-fx").freshSize();
        fx.showSample();
    }

    @Test
    void theApplicationBoxFollowsATileDraggedOutOfItAndTheDropKeepsIt(FxRobot robot) {
        DiagramCanvas canvas = fx.sampleTarget(robot);
        Project opened = fx.doc.current();
        Rectangle2D before = box(canvas.drawn(), APP);
        Rectangle2D tileBefore = canvas.drawn().byId.get(TILE).bounds();
        // the poker box and the place the tile goes to in the middle of the view
        robot.interact(() -> canvas.pan(
            canvas.getWidth() / 2 - canvas.viewport.screenX((before.getMinX() + before.getMaxX() + 200) / 2),
            canvas.getHeight() / 2 - canvas.viewport.screenY((before.getMinY() + before.getMaxY()) / 2)));
        // the leftmost tile of the box, dragged out past its right edge
        double dx = before.getMaxX() + 60 - tileBefore.getMinX();
        robot.drag(MainWindowFixture.screenOf(robot, canvas, TILE), MouseButton.PRIMARY)
            .moveBy(dx * canvas.scale(), 0);
        WaitForAsyncUtils.waitForFxEvents();

        Rectangle2D[] during = new Rectangle2D[2];
        int[][] fill = new int[2][];
        robot.interact(() -> {
            during[0] = box(canvas.drawn(), APP);
            during[1] = canvas.drawn().byId.get(TILE).bounds();
            WritableImage shot = canvas.snapshot(null, null);
            Color appFill = (Color) canvas.colours().get(Role.APP_FILL);
            Viewport vp = canvas.viewport;
            // in the upper part of the tile's row (its links leave at mid-height): where the
            // tile was, at the box's old left end, and past the old right edge before the tile
            double y = vp.screenY(tileBefore.getMinY() + 20);
            fill[0] = fillShare(shot, appFill, vp.screenX(tileBefore.getMinX() + 20), y);
            fill[1] = fillShare(shot, appFill, vp.screenX(before.getMaxX() + 6), y);
        });
        Rectangle2D frameBox = during[0];
        Rectangle2D tile = during[1];
        assertThat(tile.getMinX()).as("the tile is outside its old box").isGreaterThan(before.getMaxX());
        assertThat(frameBox.contains(tile)).as("%s encloses %s", frameBox, tile).isTrue();
        assertThat(frameBox.getMaxX()).isEqualTo(tile.getMaxX() + DiagramGeometry.APP_PADDING);
        // the box gave up the tile's old place: it now starts at the next tile
        assertThat(frameBox.getMinX()).isGreaterThan(tileBefore.getMaxX());
        assertThat(fill[0][0]).as("box-coloured pixels left where the old box was")
            .isLessThan(fill[0][1] / 10);
        assertThat(fill[1][0]).as("box-coloured pixels where the box grew")
            .isGreaterThan(fill[1][1] * 8 / 10);

        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.doc.current().target().component(TILE).orElseThrow().position())
            .isEqualTo(new Position(tile.getMinX(), tile.getMinY()));
        assertThat(canvas.drawn()).isSameAs(canvas.geometry());
        assertThat(box(canvas.geometry(), APP)).as("the drop's box is the drag's last").isEqualTo(frameBox);
        assertThat(canvas.geometry().byId.get(TILE).bounds()).isEqualTo(tile);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.doc.current()).isEqualTo(opened);
        assertThat(box(canvas.geometry(), APP)).isEqualTo(before);
        assertThat(canvas.geometry().byId.get(TILE).bounds()).isEqualTo(tileBefore);
    }

    private static Rectangle2D box(DiagramGeometry geo, String app) {
        return geo.applications.entrySet().stream().filter(e -> e.getKey().id().equals(app))
            .findFirst().orElseThrow().getValue();
    }

    /** Of the 6 x 6 pixels right of and below (x, y): how many have the box's fill, of all. */
    private static int[] fillShare(WritableImage shot, Color fill, double x, double y) {
        int hits = 0;
        int all = 0;
        for (int py = (int) y; py < (int) y + 6; py++) {
            for (int px = (int) x; px < (int) x + 6; px++) {
                Color c = shot.getPixelReader().getColor(px, py);
                all++;
                if (Math.abs(c.getRed() - fill.getRed()) + Math.abs(c.getGreen() - fill.getGreen())
                    + Math.abs(c.getBlue() - fill.getBlue()) < 0.03) {
                    hits++;
                }
            }
        }
        return new int[] {hits, all};
    }
}
