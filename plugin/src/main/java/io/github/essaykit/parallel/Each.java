package io.github.essaykit.parallel;

import java.util.List;
import java.util.function.Function;

/** Runs a piece of work on each item and gives the results in the items' order: one by one, or in parallel ({@link EssayPool}). */
public interface Each {

    Each ONE_BY_ONE = new Each() {
        @Override
        public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
            return items.stream().<R>map(work).toList();
        }
    };

    <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work);
}
