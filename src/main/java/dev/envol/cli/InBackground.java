package dev.envol.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value computed on a thread of its own (the second core of a cold start) while the command
 * goes on; {@link #get} waits for it and throws what the computation threw, as if it had run
 * there.
 */
final class InBackground<T> implements Supplier<T> {
    private final FutureTask<T> task;

    private InBackground(Callable<T> computation) {
        task = new FutureTask<>(computation);
    }

    /** Starts {@code computation} on a daemon thread named {@code name}. */
    static <T> InBackground<T> start(String name, Callable<T> computation) {
        InBackground<T> result = new InBackground<>(computation);
        Thread thread = new Thread(result.task, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    @Override
    public T get() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + task, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
