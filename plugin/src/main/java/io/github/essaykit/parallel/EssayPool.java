package io.github.essaykit.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The bounded pool one build runs its per-essay work on: {@link #map} applies a function to each
 * essay and returns the results in the essays' order, whichever thread finished first, so merging
 * them gives the same bytes with 1 thread and with N. With one thread it runs on the caller's.
 * One pool per build, closed when the build ends: builds share no threads and no queue.
 */
public final class EssayPool implements AutoCloseable {

    private final int threads;
    private final ExecutorService executor;

    private EssayPool(int threads) {
        this.threads = threads;
        this.executor = threads <= 1 ? null : Executors.newFixedThreadPool(threads, namedDaemons());
    }

    /** A pool of {@code threads} threads; 0 or less means one per available processor. */
    public static EssayPool create(int threads) {
        return new EssayPool(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    /** {@code work} applied to every item, results in the items' order; an exception thrown by the work is rethrown. */
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        List<R> results = new ArrayList<>(items.size());
        if (executor == null || items.size() < 2) {
            items.forEach(item -> results.add(work.apply(item)));
            return results;
        }
        List<Future<? extends R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(executor.submit(() -> work.apply(item)));
        }
        for (Future<? extends R> future : futures) {
            results.add(await(future, futures));
        }
        return results;
    }

    private static <R> R await(Future<? extends R> future, List<? extends Future<?>> all) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            all.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            all.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private static ThreadFactory namedDaemons() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "essay-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
