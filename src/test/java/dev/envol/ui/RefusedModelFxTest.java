package dev.envol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.io.LoadResult;
import dev.envol.io.ModelFiles;
import dev.envol.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 21 through the real window: a model over a plausible bound is refused with the command
 * line's one-line message in the error banner, and the model already open stays open.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RefusedModelFxTest {
    private DocumentViewModel doc;
    private MainWindow window;
    private Path dir;
    private Path good;

    @Start
    void start(Stage stage) throws Exception {
        MainWindowFixture fx = MainWindowFixture.build(stage, "envol-fx-refused");
        doc = fx.doc;
        window = fx.window;
        dir = fx.dir;
        good = fx.showSample();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        MainWindowFixture.waitUntil(90, condition);
    }

    @Test
    void aModelOverABoundIsRefusedInTheBannerAndTheOpenModelStays(FxRobot robot)
            throws Exception {
        int components = ModelFiles.read(good).project().target().components().size();
        waitUntil(() -> doc.current().target().components().size() == components);
        Project opened = doc.current();

        Path bad = dir.resolve("absurd.envol.json");
        Files.writeString(bad, Files.readString(good).replaceFirst(
            "\"storageGb\": [0-9.]+", "\"storageGb\": 1e308"));
        LoadResult cli = ModelFiles.read(bad);
        assertThat(cli.errors()).hasSize(1);
        String expected = cli.errors().get(0).format();

        robot.interact(() -> window.files().open(bad));
        Label banner = robot.lookup("#error-banner").queryAs(Label.class);
        waitUntil(() -> !banner.getText().isEmpty());

        assertThat(banner.getText()).isEqualTo(expected)
            .contains("absurd.envol.json:", "must be at most 10^12 GB", "not 1E+308")
            .doesNotContain("\n");
        assertThat(doc.current()).isSameAs(opened);
        assertThat(doc.fileProperty().get()).isEqualTo(good);
        assertThat(robot.lookup("#canvas-target").tryQuery()).isPresent();
        assertThat(Files.readString(bad)).contains("1e308");
    }
}
