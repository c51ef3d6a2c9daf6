package io.github.essaykit.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A quotation as words to look for: its runs between gaps. An ellipsis ({@code …} or
 * {@code ...}) marks words left out, and so does anything in square brackets ({@code […]},
 * {@code [sic]}, {@code [the mayor]}): the writer's words, not the source's.
 */
record QuoteWords(List<List<String>> runs) {

    private static final Pattern GAP = Pattern.compile("\\[[^\\]]*]|…|\\.\\s*\\.\\s*\\.");

    QuoteWords {
        runs = runs.stream().filter(r -> !r.isEmpty()).map(List::copyOf).toList();
    }

    static QuoteWords of(String quotation) {
        List<List<String>> runs = new ArrayList<>();
        for (String run : GAP.split(quotation, -1)) {
            runs.add(Words.of(run).stream().map(Words.Word::text).toList());
        }
        return new QuoteWords(runs);
    }

    /** Every word, the gaps closed. */
    List<String> all() {
        return runs.stream().flatMap(List::stream).toList();
    }

    int size() {
        return runs.stream().mapToInt(List::size).sum();
    }
}
