package dev.envol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.ui.canvas.DiagramCanvas;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Import on the RVTools fixture, through the menu and the dialog, headless. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ImportFxTest {
    private DocumentViewModel doc;
    private MainWindow window;
    private Path rvtools;

    @Start
    void start(Stage stage) throws Exception {
        MainWindowFixture fx = MainWindowFixture.build(stage, "envol-import-fx");
        doc = fx.doc;
        window = fx.window;
        rvtools = fx.dir.resolve("rvtools-export.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/dev/envol/imports/rvtools-export.xlsx")) {
            Files.copy(in, rvtools);
        }
        stage.show();
    }

    @Test
    void importingAnRvToolsExportFillsTheTargetCanvasAndShowsTheReport(FxRobot robot)
        throws Exception {
        DiagramCanvas target = robot.lookup("#canvas-target").queryAs(DiagramCanvas.class);
        int[] before = new int[1];
        robot.interact(() -> before[0] = target.redraw());
        assertThat(before[0]).isZero();

        robot.clickOn("File").clickOn("Import…");
        robot.clickOn("#import-file").write(rvtools.toString());
        robot.clickOn("#import-ok");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
            () -> doc.current().current().components().size() == 47);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> robot.lookup("#report-text").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.fileProperty().get()).isNull();
        assertThat(doc.dirtyProperty().get()).isTrue();
        int[] shown = new int[1];
        robot.interact(() -> shown[0] = target.redraw());
        assertThat(shown[0]).isGreaterThan(0);
        String report = robot.lookup("#report-text").queryAs(TextArea.class).getText();
        assertThat(report).contains("47 servers imported").contains("skipped tpl-rhel7");
    }
}
