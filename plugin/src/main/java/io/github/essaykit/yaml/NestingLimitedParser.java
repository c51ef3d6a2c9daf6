package io.github.essaykit.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A SnakeYAML Engine event parser that refuses collections nested deeper than a limit. The
 * engine's composer and constructor recurse once per level, so {@code [[[[...} some thousands
 * deep overflows the stack; this stops it first with a {@link MarkedYamlEngineException} at the
 * collection that is one level too deep. No source file needs more than a few levels.
 */
public final class NestingLimitedParser implements Parser {

    /** Deepest nesting of sequences and mappings read; CSL items and front matter need about 5. */
    public static final int MAX_DEPTH = 100;

    private final Parser events;
    private int depth;

    private NestingLimitedParser(Parser events) {
        this.events = events;
    }

    public static Parser of(Parser events) {
        return new NestingLimitedParser(events);
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return events.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return events.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return events.hasNext();
    }

    @Override
    public Event next() {
        Event event = events.next();
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (++depth > MAX_DEPTH) {
                    throw new TooDeep(event.getStartMark());
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            default -> { }
        }
        return event;
    }

    /** Nested deeper than {@link #MAX_DEPTH}. */
    static final class TooDeep extends MarkedYamlEngineException {
        TooDeep(Optional<Mark> at) {
            super("", Optional.empty(), "lists and mappings are nested more than " + MAX_DEPTH
                    + " levels deep here; essaykit reads no deeper", at);
        }
    }
}
