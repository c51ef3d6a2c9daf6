package io.github.essaykit.markdown;

import io.github.essaykit.markdown.internal.TaskListPostProcessor;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/** pandoc's task lists, {@code - [ ] todo} and {@code - [x] done}: see {@link TaskListMarker}. */
public final class TaskListExtension implements Parser.ParserExtension {

    private TaskListExtension() {}

    public static Extension create() {
        return new TaskListExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(new TaskListPostProcessor());
    }
}
