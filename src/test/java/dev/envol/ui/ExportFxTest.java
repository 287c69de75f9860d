package dev.envol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export of the sample model through the menu and the dialog, headless. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ExportFxTest {
    private DocumentViewModel doc;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        MainWindowFixture fx = MainWindowFixture.build(stage, "envol-export-fx");
        doc = fx.doc;
        dir = fx.dir;
        fx.showSample();
    }

    @Test
    void exportingWritesTheTickedFilesNextToTheModelAndListsThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> doc.fileProperty().get() != null);
        robot.clickOn("File").clickOn("Export…");
        TextField folder = robot.lookup("#export-folder").queryAs(TextField.class);
        assertThat(folder.getText()).isEqualTo(dir.resolve("exports").toString());
        robot.clickOn("#export-xlsx").clickOn("#export-png").clickOn("#export-svg")
            .clickOn("#export-drawio");
        robot.clickOn("#export-ok");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
            () -> robot.lookup("#report-text").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dir.resolve("exports/wiki.md")).isNotEmptyFile();
        assertThat(dir.resolve("exports/target.mmd")).isNotEmptyFile();
        assertThat(dir.resolve("exports/budget.xlsx")).doesNotExist();
        String report = robot.lookup("#report-text").queryAs(TextArea.class).getText();
        assertThat(report).contains("wiki.md").contains("current.mmd").doesNotContain("budget.xlsx");
    }
}
