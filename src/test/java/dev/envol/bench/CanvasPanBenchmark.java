package dev.envol.bench;

import dev.envol.ui.DocumentViewModel;
import dev.envol.ui.SampleProjects;
import dev.envol.ui.canvas.DiagramCanvas;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One canvas frame while panning a 2,000-component target (3,000 links) in a 1200x760 view,
 * headless (Monocle, software pipeline, like ARCHITECTURE.md's calibration). A frame is: pan,
 * repaint, and render the canvas (a snapshot forces the rasterisation a screen pulse would do).
 * SampleTime mode reports the median and the 99th percentile. {@code zoom}: "fit" shows all
 * 2,000 tiles (level of detail: plain blocks), "actual" is 100 % (full tiles, most culled).
 * The canvas keeps a picture of the diagram larger than the view, so an ordinary pan frame is an
 * image copy; {@link #panFarOneFrame} measures the frames that must render that picture again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CanvasPanBenchmark {
    @Param({"fit", "actual", "half"})
    public String zoom;

    private DiagramCanvas canvas;
    private Stage stage;
    private int frame;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        HeadlessCanvas.startFx();
        HeadlessCanvas.onFx(() -> {
            DocumentViewModel doc = new DocumentViewModel(null, SampleProjects.generated(2000, 42));
            stage = new Stage();
            canvas = HeadlessCanvas.show(doc, stage);
            canvas.fit();
            if (zoom.equals("actual")) {
                canvas.actualSize();
            } else if (zoom.equals("half")) {
                canvas.actualSize();
                canvas.zoom(0.5);
            }
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        HeadlessCanvas.onFx(() -> stage.close());
    }

    @Benchmark
    public Object panOneFrame() throws Exception {
        CompletableFuture<Object> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            int step = frame++ % 200;
            double dx = step < 100 ? 6 : -6;
            canvas.pan(dx, dx / 2);
            done.complete(canvas.snapshot(null, null));
        });
        return done.get(10, TimeUnit.SECONDS);
    }

    /**
     * The worst pan frame: a jump of more than half a view (700 px), so the canvas cannot reuse
     * its cached picture and must draw and rasterise the whole diagram around the view again.
     */
    @Benchmark
    public Object panFarOneFrame() throws Exception {
        CompletableFuture<Object> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            double dx = frame++ % 2 == 0 ? 700 : -700;
            canvas.pan(dx, 0);
            done.complete(canvas.snapshot(null, null));
        });
        return done.get(10, TimeUnit.SECONDS);
    }

    /** The same pan and repaint without the final snapshot: what the canvas code itself costs. */
    @Benchmark
    public int panRecordOnly() throws Exception {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            int step = frame++ % 200;
            double dx = step < 100 ? 6 : -6;
            canvas.pan(dx, dx / 2);
            done.complete(canvas.redraw());
        });
        return done.get(10, TimeUnit.SECONDS);
    }
}
