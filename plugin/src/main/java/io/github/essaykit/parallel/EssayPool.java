package io.github.essaykit.parallel;

import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The bounded pool one build runs its per-essay work on: {@link #map} applies a function to each
 * essay and returns the results in the essays' order, whichever thread finished first, so merging
 * them gives the same bytes with 1 thread and with N. With one thread it runs on the caller's.
 * One pool per build, closed when the build ends: builds share no threads and no queue.
 */
public final class EssayPool implements Each, AutoCloseable {

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

    /**
     * {@code work} applied to every item, results in the items' order; an exception thrown by the
     * work is rethrown. Each thread claims the next item as it finishes one, rather than each item
     * being a task of its own: most items of a build after an edit take microseconds (a page from
     * the cache, a page's link check that still holds), less than a task's hand-off, while one
     * may take a second (the page edited), so batches fixed in advance would leave a thread idle.
     */
    @Override
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        if (executor == null || items.size() < 2) {
            List<R> results = new ArrayList<>(items.size());
            items.forEach(item -> results.add(work.apply(item)));
            return results;
        }
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
        Map<Integer, Throwable> failures = new ConcurrentHashMap<>();
        Runnable claim = () -> {
            // an item claimed before a failed one still runs: the first failure is then the one a single thread meets
            for (int i = next.getAndIncrement(); i < results.length && i < firstFailed.get(); i = next.getAndIncrement()) {
                try {
                    results[i] = work.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failures.put(i, e);
                    firstFailed.accumulateAndGet(i, Math::min); // the threads stop at their next item
                }
            }
        };
        List<Future<?>> futures = new ArrayList<>(threads);
        for (int t = Math.min(threads, items.size()); t > 0; t--) {
            futures.add(executor.submit(claim));
        }
        for (Future<?> future : futures) {
            await(future, futures); // its get() also makes the results it wrote visible here
        }
        Throwable first = failures.get(firstFailed.get());
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (first != null) {
            throw (Error) first;
        }
        List<R> inOrder = new ArrayList<>(results.length);
        for (Object result : results) {
            @SuppressWarnings("unchecked")
            R r = (R) result;
            inOrder.add(r);
        }
        return inOrder;
    }

    /**
     * {@code work} started now on the pool, ahead of the items of the next {@link #map}, whose
     * threads take them as they come free: work that does not depend on those items (the style
     * and the site-wide bibliography, beside the essays' front matter) fills a thread that would
     * otherwise wait for the caller. With one thread it runs on the caller's, when first asked for.
     */
    public <R> Supplier<R> beside(Supplier<R> work) {
        if (executor == null) {
            return Suppliers.memoize(work::get);
        }
        Future<R> future = executor.submit(work::get);
        return () -> await(future, List.of(future));
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
