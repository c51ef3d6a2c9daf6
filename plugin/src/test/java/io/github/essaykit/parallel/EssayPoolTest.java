package io.github.essaykit.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EssayPoolTest {

    private final List<Integer> items = IntStream.range(0, 10_000).boxed().toList();

    @Test
    void resultsComeInTheItemsOrderWhateverThreadMadeThem() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (EssayPool pool = EssayPool.create(4)) {
            List<String> results = pool.map(items, i -> {
                threads.add(Thread.currentThread().getName());
                return "item " + i;
            });
            assertThat(results).containsExactlyElementsOf(items.stream().map(i -> "item " + i).toList());
        }
        assertThat(threads).allMatch(name -> name.startsWith("essay-worker-"));
    }

    @Test
    void theFailureRethrownIsTheFirstAsOneThreadWouldMeetIt() {
        for (int threads : new int[] {1, 2, 4}) {
            try (EssayPool pool = EssayPool.create(threads)) {
                for (int round = 0; round < 20; round++) {
                    // a later item fails at once, an earlier one after a while: the earlier one is still reported
                    assertThatThrownBy(() -> pool.map(items, i -> {
                        if (i == 7_000) {
                            throw new IllegalStateException("item 7000");
                        }
                        if (i == 3) {
                            sleep(20);
                            throw new IllegalArgumentException("item 3");
                        }
                        return i;
                    })).as("%d threads", threads).isInstanceOf(IllegalArgumentException.class).hasMessage("item 3");
                }
            }
        }
    }

    @Test
    void oneSlowItemLeavesTheOthersToTheOtherThreads() throws InterruptedException {
        // the first item waits until every other item is done, which only another thread can do
        CountDownLatch othersDone = new CountDownLatch(items.size() - 1);
        try (EssayPool pool = EssayPool.create(2)) {
            List<Boolean> results = pool.map(items, i -> {
                if (i == 0) {
                    try {
                        return othersDone.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                othersDone.countDown();
                return true;
            });
            assertThat(results).containsOnly(true);
        }
    }

    @Test
    void workBesideRunsOnTheOtherThreadWhileTheItemsAreMapped() {
        // the work beside waits for every item to be done, which it can only see if the items run meanwhile
        CountDownLatch itemsDone = new CountDownLatch(items.size());
        try (EssayPool pool = EssayPool.create(2)) {
            Supplier<String> beside = pool.beside(() -> {
                try {
                    return itemsDone.await(30, TimeUnit.SECONDS) + " on " + Thread.currentThread().getName();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            List<Integer> results = pool.map(items, i -> {
                itemsDone.countDown();
                return i;
            });
            assertThat(results).containsExactlyElementsOf(items);
            assertThat(beside.get()).startsWith("true on essay-worker-");
        }
    }

    @Test
    void withOneThreadTheWorkBesideRunsOnTheCallersWhenFirstAskedFor() {
        AtomicInteger runs = new AtomicInteger();
        try (EssayPool pool = EssayPool.create(1)) {
            Supplier<String> beside = pool.beside(() -> runs.incrementAndGet() + " on " + Thread.currentThread().getName());
            pool.map(items, i -> i);
            assertThat(runs).hasValue(0);
            assertThat(beside.get()).isEqualTo("1 on " + Thread.currentThread().getName());
            assertThat(beside.get()).isEqualTo("1 on " + Thread.currentThread().getName());
        }
    }

    @Test
    void aFailureBesideIsRethrownAsItWasThrown() {
        for (int threads : new int[] {1, 2}) {
            try (EssayPool pool = EssayPool.create(threads)) {
                Supplier<Object> beside = pool.beside(() -> {
                    throw new IllegalArgumentException("the style is not there");
                });
                assertThatThrownBy(beside::get).as("%d threads", threads)
                        .isInstanceOf(IllegalArgumentException.class).hasMessage("the style is not there");
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
