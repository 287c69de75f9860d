package dev.envol.ui;

import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalogs;
import dev.envol.ui.canvas.DiagramCanvas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window for the FX tests, built as the app builds it (fresh preferences,
 * English, the settings' theme, the standard price catalogs, an empty model), with a temporary
 * folder for the files a test opens or writes. Call from a TestFX {@code @Start} method.
 */
public final class MainWindowFixture {
    /** The reference model the FX tests open. */
    public static final Path SAMPLE = Path.of("models/betting-platform.envol.json");
    /** How many components the sample's target has, once it is open. */
    public static final int SAMPLE_TARGET_COMPONENTS = 51;
    public final Stage stage;
    public final DocumentViewModel doc;
    public final MainWindow window;
    /** A new temporary folder of this test's own. */
    public final Path dir;

    private MainWindowFixture(Stage stage, String dirPrefix) throws IOException {
        AppSettings settings = new AppSettings(
            Preferences.userRoot().node("envol-test-" + System.nanoTime()));
        settings.setLocale(Locale.ENGLISH);
        settings.theme().apply();
        this.stage = stage;
        forgetMonocleDragView();
        dir = Files.createTempDirectory(dirPrefix);
        doc = new DocumentViewModel(dev.envol.ui.files.ModelStore.files(), Project.empty("empty"));
        window = new MainWindow(stage, doc, settings, PriceCatalogs::standard);
        window.build();
    }

    /**
     * Headless, Monocle's {@code MouseInput} keeps the view of the last plain mouse drag (it is
     * cleared only at the end of a drag-and-drop), so the first drag-and-drop of a later test,
     * over its own new scene, sends that stale view a drag leave it cannot take
     * (NullPointerException in {@code View.notifyDragLeave}): a canvas drag in one test class
     * broke the palette drop of the next. Forgotten here before each window is built; nothing
     * to do on a real display.
     */
    private static void forgetMonocleDragView() {
        try {
            Class<?> input = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            java.lang.reflect.Method instance = input.getDeclaredMethod("getInstance");
            instance.setAccessible(true);
            java.lang.reflect.Field view = input.getDeclaredField("dragView");
            view.setAccessible(true);
            view.set(instance.invoke(null), null);
        } catch (ReflectiveOperationException | RuntimeException notMonocle) {
            // a real display (or a Monocle without that field): no stale view to forget
        }
    }

    /** The main window built on {@code stage}, not shown yet; its folder named after {@code dirPrefix}. */
    public static MainWindowFixture build(Stage stage, String dirPrefix) throws IOException {
        return new MainWindowFixture(stage, dirPrefix);
    }

    /**
     * The size a fresh start gives (MainWindow.build): an earlier test may have resized the
     * shared primary stage (BusinessCaseFxTest works at 1280x800), and tests that aim beside
     * tiles need the canvas a smaller window would cut.
     */
    public MainWindowFixture freshSize() {
        var screen = Screen.getPrimary().getVisualBounds();
        return size(Math.min(1560, screen.getWidth() - 20), Math.min(960, screen.getHeight() - 40));
    }

    public MainWindowFixture size(double width, double height) {
        stage.setWidth(width);
        stage.setHeight(height);
        return this;
    }

    /** Copies the sample into the folder, shows the window and opens the copy; returns it. */
    public Path showSample() throws IOException {
        Path sample = dir.resolve(SAMPLE.getFileName());
        Files.copy(SAMPLE, sample);
        stage.show();
        window.files().open(sample);
        return sample;
    }

    /** The target canvas, once the sample is open in it. */
    public DiagramCanvas sampleTarget(FxRobot robot) {
        waitUntil(30, () -> doc.current().target().components().size() == SAMPLE_TARGET_COMPONENTS);
        return robot.lookup("#canvas-target").queryAs(DiagramCanvas.class);
    }

    /** Where on the screen a component's tile has its centre. */
    public static Point2D screenOf(FxRobot robot, DiagramCanvas canvas, String id) {
        Point2D[] p = new Point2D[1];
        robot.interact(() -> p[0] = canvas.localToScreen(canvas.centreOf(id)));
        return p[0];
    }

    /** Waits until {@code condition} holds (at most {@code seconds}), then for the FX events. */
    public static void waitUntil(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
