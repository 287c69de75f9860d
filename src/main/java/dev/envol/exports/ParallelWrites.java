package dev.envol.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Runs the writes of an export on a few threads and behaves like the sequential loop it
 * replaces: progress is told in the tasks' order (a file is reported once it and every file
 * before it are written), cancellation is asked before each file starts, the first failure
 * (in the tasks' order) is the one thrown, and {@link #run} returns only when no task runs any
 * more, so the caller can delete what was staged.
 */
final class ParallelWrites {
    /** One file to write. */
    interface Task {
        String name();

        void write() throws IOException;
    }

    /** Told {@code done} (1-based, in order) and the name of the file just counted. */
    @FunctionalInterface
    interface Progress {
        void step(int done, String name);
    }

    private final int threads;

    ParallelWrites(int threads) {
        this.threads = threads;
    }

    void run(List<? extends Task> tasks, BooleanSupplier cancelled, Progress progress)
        throws IOException {
        if (threads <= 1) {
            int done = 0;
            for (Task task : tasks) {
                checkCancelled(cancelled);
                task.write();
                progress.step(++done, task.name());
            }
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "envol-export");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = tasks.stream().map(task -> pool.submit(() -> {
                if (stop.get() || cancelled.getAsBoolean()) {
                    stop.set(true);
                    throw new CancellationException("export cancelled");
                }
                try {
                    task.write();
                } catch (IOException | RuntimeException | Error e) {
                    stop.set(true);
                    throw e;
                }
                return (Void) null;
            })).toList();
            for (int i = 0; i < futures.size(); i++) {
                await(futures.get(i));
                progress.step(i + 1, tasks.get(i).name());
            }
        } finally {
            stop.set(true);
            pool.shutdown();
            awaitQuietly(pool);
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("export cancelled");
        }
    }

    private static void await(Future<Void> future) throws IOException {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("export interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
    }

    /** Waits for the tasks still running (each is one file; none is left unbounded). */
    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
