package io.github.essaykit.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A source's own text, indexed once: its words in order and, for each distinct word, where it
 * occurs. A quotation is found by walking only the places of its rarest word, so a book-length
 * text costs one pass to index and then little per quote.
 *
 * <p>Not found, the nearest passage is where most of the quotation's words line up: each word's
 * places vote for the start they imply, the best start and a few neighbours are measured by edit
 * distance, and the closest wins.
 */
public final class SourceText {

    /** A word of the source common enough to say nothing about where a quote starts. */
    private static final int COMMON = 2000;
    /** How many words a gap ({@code …}, {@code […]}) may leave out. */
    private static final int MAX_GAP = 300;

    private static final int[] NOWHERE = new int[0];

    private final String name;
    private final String text;
    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final Map<String, int[]> places;
    private final int[] lineStarts;

    private SourceText(String name, String text) {
        this.name = name;
        this.text = text;
        List<Words.Word> all = Words.of(text);
        words = new String[all.size()];
        starts = new int[all.size()];
        ends = new int[all.size()];
        Map<String, int[]> counts = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Words.Word w = all.get(i);
            words[i] = w.text();
            starts[i] = w.start();
            ends[i] = w.end();
            counts.computeIfAbsent(w.text(), k -> new int[1])[0]++;
        }
        places = new HashMap<>(counts.size() * 2);
        counts.forEach((word, n) -> places.put(word, new int[n[0]]));
        for (int i = 0; i < words.length; i++) {
            int[] at = places.get(words[i]);
            at[at.length - counts.get(words[i])[0]--] = i; // counts down: the places fill in order
        }
        List<Integer> lines = new ArrayList<>();
        lines.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(i + 1);
            }
        }
        lineStarts = lines.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @param name the file, as messages show it */
    public static SourceText index(String name, String text) {
        return new SourceText(name, text);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** A stretch of the source: character offsets, end exclusive. */
    public record Span(int start, int end) {}

    /**
     * Where the quotation is, one span per run between its gaps; how alike it is (100 when
     * found, 0 to 99 for the nearest passage).
     */
    public record Match(List<Span> spans, int similarity) {

        public boolean found() {
            return similarity == 100;
        }

        public int start() {
            return spans.get(0).start();
        }

        public int end() {
            return spans.get(spans.size() - 1).end();
        }
    }

    /** The quotation's place in the text, or null when it is not there. */
    public Match find(QuoteWords quote) {
        if (quote.runs().isEmpty()) {
            return null;
        }
        List<String> first = quote.runs().get(0);
        int anchor = rarest(first);
        for (int p : positions(first.get(anchor))) {
            int start = p - anchor;
            if (start >= 0 && matches(first, start)) {
                List<Span> spans = new ArrayList<>();
                spans.add(span(start, start + first.size()));
                if (rest(quote.runs(), 1, start + first.size(), spans)) {
                    return new Match(spans, 100);
                }
            }
        }
        return null;
    }

    /** The runs from {@code run} on, each after the last within {@link #MAX_GAP} words. */
    private boolean rest(List<List<String>> runs, int run, int from, List<Span> spans) {
        if (run == runs.size()) {
            return true;
        }
        List<String> words = runs.get(run);
        int anchor = rarest(words);
        int[] at = positions(words.get(anchor));
        int i = Arrays.binarySearch(at, 0, at.length, from + anchor);
        for (i = i < 0 ? -i - 1 : i; i < at.length && at[i] - anchor <= from + MAX_GAP; i++) {
            int start = at[i] - anchor;
            if (matches(words, start)) {
                spans.add(span(start, start + words.size()));
                if (rest(runs, run + 1, start + words.size(), spans)) {
                    return true;
                }
                spans.remove(spans.size() - 1);
            }
        }
        return false;
    }

    /** The passage most like the quotation, or null when they share no word. */
    public Match nearest(QuoteWords quote) {
        List<String> q = quote.all();
        if (q.isEmpty()) {
            return null;
        }
        Map<Integer, Integer> votes = new HashMap<>();
        boolean rareOnly = q.stream().anyMatch(w -> positions(w).length > 0 && positions(w).length <= COMMON);
        for (int i = 0; i < q.size(); i++) {
            int[] at = positions(q.get(i));
            if (rareOnly && at.length > COMMON) {
                continue;
            }
            for (int p : at) {
                votes.merge(p - i, 1, Integer::sum);
            }
        }
        if (votes.isEmpty()) {
            return null;
        }
        int best = 0;
        int most = 0;
        for (Map.Entry<Integer, Integer> vote : votes.entrySet()) { // most votes; the earliest of equals
            if (vote.getValue() > most || (vote.getValue() == most && vote.getKey() < best)) {
                best = vote.getKey();
                most = vote.getValue();
            }
        }
        String wanted = String.join(" ", q);
        int bestStart = 0;
        int bestEnd = 0;
        int bestScore = -1;
        int reach = q.size() > 60 ? 0 : 3; // a long quote: its edit distance is costly, one window
        for (int shift = -reach; shift <= reach; shift++) {
            for (int grow = -reach; grow <= reach; grow++) {
                int start = Math.max(0, best + shift);
                int end = Math.min(words.length, start + q.size() + grow);
                if (end <= start) {
                    continue;
                }
                int score = Similarity.percent(wanted, String.join(" ", Arrays.asList(words).subList(start, end)));
                if (score > bestScore) {
                    bestScore = score;
                    bestStart = start;
                    bestEnd = end;
                }
            }
        }
        return new Match(List.of(span(bestStart, bestEnd)), Math.min(bestScore, 99));
    }

    /** The line (1-based) of a character offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i < 0 ? -i - 2 : i) + 1;
    }

    private boolean matches(List<String> run, int start) {
        if (start < 0 || start + run.size() > words.length) {
            return false;
        }
        for (int i = 0; i < run.size(); i++) {
            if (!words[start + i].equals(run.get(i))) {
                return false;
            }
        }
        return true;
    }

    private int rarest(List<String> run) {
        int best = 0;
        for (int i = 1; i < run.size(); i++) {
            if (positions(run.get(i)).length < positions(run.get(best)).length) {
                best = i;
            }
        }
        return best;
    }

    private int[] positions(String word) {
        return places.getOrDefault(word, NOWHERE);
    }

    private Span span(int fromWord, int toWord) {
        return new Span(starts[fromWord], ends[toWord - 1]);
    }
}
