package dev.envol.bench;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.ui.DocumentViewModel;
import dev.envol.ui.SampleProjects;
import dev.envol.ui.Selection;
import dev.envol.ui.canvas.DiagramCanvas;
import java.util.Set;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One canvas frame while dragging a tile of a 2,000-component target (3,000 links) at 100 % in
 * a 1200x760 view, headless (Monocle, software pipeline, as {@link CanvasPanBenchmark}). A frame
 * is what a mouse-drag event does ({@code DiagramCanvas.dragFrame}): move the selected tile,
 * route again the links the move can change (the tile's own, those it now stands in the way
 * of, those that ran along its old place), repaint; {@link #dragOneFrame} also renders the
 * canvas (a snapshot forces the rasterisation a screen pulse would do). The tile is dragged to
 * and fro over 40 frames of 12 px, so most frames cross other tiles' routes. SampleTime mode
 * reports the median and the 99th percentile; goal: median within 16 ms. {@link
 * #dragResizingItsBox} drags a tile on screen down out of its application's box, so every frame
 * also draws again where the box grew. Each iteration prints the process's CPU time per frame
 * (every thread: benchmark, FX, rendering, GC), which a busy machine disturbs less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CanvasDragBenchmark {
    private DiagramCanvas canvas;
    private Stage stage;
    private Set<String> dragged;
    /** A tile in the middle of the view, in a box of one row: dragged down, it grows the box. */
    private final Set<String> boxEdge = Set.of("c1010");
    private int frame;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        HeadlessCanvas.startFx();
        HeadlessCanvas.onFx(() -> {
            var project = SampleProjects.generated(2000, 42);
            DocumentViewModel doc = new DocumentViewModel(null, project);
            stage = new Stage();
            canvas = HeadlessCanvas.show(doc, stage);
            canvas.fit();
            canvas.actualSize();
            // a tile in the middle of the drawing, its links and neighbours around it
            Component middle = project.target().components().get(1000 + 22);
            dragged = Set.of(middle.id());
            doc.selectionProperty().set(Selection.of(ArchitectureKind.TARGET, dragged));
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        HeadlessCanvas.onFx(() -> {
            canvas.dragFrame(null, 0, 0);
            stage.close();
        });
    }

    @Benchmark
    public Object dragOneFrame(CpuClock.OfProcess clock) throws Exception {
        clock.operations++;
        return frame(dragged);
    }

    @Benchmark
    public Object dragResizingItsBox(CpuClock.OfProcess clock) throws Exception {
        clock.operations++;
        return frame(boxEdge);
    }

    private Object frame(Set<String> ids) throws Exception {
        CompletableFuture<Object> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            double d = offset();
            canvas.dragFrame(ids, d, d / 3);
            done.complete(canvas.snapshot(null, null));
        });
        return done.get(10, TimeUnit.SECONDS);
    }

    /** The same drag step without the final snapshot: what the canvas code itself costs. */
    @Benchmark
    public int dragRecordOnly(CpuClock.OfProcess clock) throws Exception {
        clock.operations++;
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            double d = offset();
            done.complete(canvas.dragFrame(dragged, d, d / 3));
        });
        return done.get(10, TimeUnit.SECONDS);
    }

    /** To and fro: 0, 12, ..., 240, 228, ... world units from where the drag started. */
    private double offset() {
        int step = frame++ % 40;
        return 12.0 * (step < 20 ? step : 40 - step);
    }
}
