package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelWritesTest {
    /** A write that takes {@code millis} and records when it ends. */
    private record Sleep(String name, long millis, List<String> ended) implements ParallelWrites.Task {
        @Override
        public void write() {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            ended.add(name);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void progressIsToldInTheTasksOrderWhateverOrderTheyFinishIn(int threads) throws Exception {
        List<String> ended = Collections.synchronizedList(new ArrayList<>());
        List<Sleep> tasks = List.of(new Sleep("slow", 300, ended), new Sleep("fast", 1, ended),
            new Sleep("third", 1, ended));
        List<String> steps = new ArrayList<>();
        new ParallelWrites(threads).run(tasks, () -> false, (done, name) -> steps.add(done + " " + name));
        assertThat(steps).containsExactly("1 slow", "2 fast", "3 third");
        assertThat(ended).containsExactlyInAnyOrder("slow", "fast", "third");
        if (threads > 1) {
            assertThat(ended.get(0)).as("the short writes ran beside the long one").isNotEqualTo("slow");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void theFirstFailureIsThrownAfterEveryRunningWriteHasEnded(int threads) {
        List<String> ended = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch started = new CountDownLatch(1);
        ParallelWrites.Task failing = new ParallelWrites.Task() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void write() throws IOException {
                try {  // with threads, fail only once the long write runs beside this one
                    started.await(threads > 1 ? 5 : 0, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("disk full");
            }
        };
        List<ParallelWrites.Task> tasks = List.of(failing, new ParallelWrites.Task() {
            @Override
            public String name() {
                return "running";
            }

            @Override
            public void write() {
                started.countDown();
                new Sleep("running", 300, ended).write();
            }
        });
        assertThatThrownBy(() -> new ParallelWrites(threads).run(tasks, () -> false, (d, n) -> { }))
            .isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(ended).as("run returned only after the other write ended, or never started it")
            .containsExactly(threads > 1 ? new String[] {"running"} : new String[0]);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void cancellingStopsBeforeTheNextFileAndThrows(int threads) {
        List<String> ended = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger asked = new AtomicInteger();
        List<ParallelWrites.Task> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tasks.add(new Sleep("f" + i, 20, ended));
        }
        assertThatThrownBy(() -> new ParallelWrites(threads).run(tasks,
            () -> asked.incrementAndGet() > 2, (d, n) -> { }))
            .isInstanceOf(CancellationException.class);
        assertThat(ended.size()).as("files written after the cancel").isLessThanOrEqualTo(2);
    }
}
