package io.github.essaykit.cite;

import de.undercouch.citeproc.helper.StringHelper;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * CSL 1.0.2 title case (text-case="title") leaves lower case only its own stop words: a, an, and,
 * as, at, but, by, down, for, from, in, into, nor, of, on, onto, or, over, so, the, till, to, up,
 * via, with, yet. citeproc-java 3.5.2 keeps a longer list (after, before, during, like, towards,
 * without, …) in a private array of patterns and has no setting for it, so its title case
 * printed "Seeing like a State" where pandoc prints "Seeing Like a State". We narrow that array
 * once, in place, to the words pandoc's citeproc keeps lower case: the spec's, plus "about" and
 * the particles "de", "van", "von", "d'", "l'" (the CSL test suite's flipflop_Apostrophes and
 * textcase_SkipNameParticlesInTitleCase ask for them).
 *
 * <p>citeproc-java tries each pattern of the array, one by one, at each word of every title: the
 * kept words then go into two patterns ({@link #combine}), and the array holds only those two.
 */
final class TitleCaseStopWords {

    static final Set<String> CSL_1_0_2 = Set.of("a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in",
            "into", "nor", "of", "on", "onto", "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet");

    /** What pandoc's citeproc keeps lower case besides the spec's words. */
    static final Set<String> PANDOC = Set.of("about", "de", "van", "von", "d", "l"); // "d", "l": d' and l'

    /** pandoc's words that citeproc-java's list lacks, written as its own patterns are. */
    private static final List<Pattern> MISSING = List.of(Pattern.compile("^about[^\\p{L}\\d_:'\"‘’“”]+"),
            Pattern.compile("^l['’](?=\\p{L})"));

    // anchored: Java tries an anchored pattern at the start only, where "(?!)" alone is tried at
    // every offset, and citeproc-java tries each pattern at each offset of a title (a quarter of a build)
    private static final Pattern NEVER = Pattern.compile("^(?!)");
    private static final Pattern WORD = Pattern.compile("\\^([^\\[(\\\\]+)");

    private static volatile boolean applied;

    private TitleCaseStopWords() {}

    /** Narrows citeproc-java's stop words (once per class loader; later calls do nothing). */
    static synchronized void apply() {
        if (applied) {
            return;
        }
        try {
            Field field = StringHelper.class.getDeclaredField("TITLECASE_STOPWORD_PATTERNS");
            field.setAccessible(true);
            Pattern[] patterns = (Pattern[]) field.get(null);
            List<Pattern> kept = new ArrayList<>();
            java.util.Deque<Pattern> missing = new java.util.ArrayDeque<>(MISSING);
            for (Pattern pattern : patterns) {
                String word = word(pattern);
                if (CSL_1_0_2.contains(word) || PANDOC.contains(word)) {
                    kept.add(pattern);
                } else if (!missing.isEmpty()) {
                    kept.add(missing.poll()); // a word citeproc-java lacks ("about", "l'") takes the first freed place
                }
            }
            Pattern[] combined = combine(kept);
            Arrays.fill(patterns, NEVER);
            System.arraycopy(combined, 0, patterns, 0, combined.length);
            shorten(field, combined);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another citeproc-java: its own list stays (TitleCaseStopWordsTest fails on such an upgrade)
        }
        applied = true;
    }

    /**
     * citeproc-java still makes a matcher for every slot at every word, NEVER's too: three quarters
     * of its title case. The field is static final, so only Unsafe can give it the two patterns
     * alone; where that fails, or code compiled earlier kept the old array, that array, narrowed in
     * place, gives the same output.
     */
    private static void shorten(Field field, Pattern[] patterns) {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            Object unsafe = theUnsafe.get(null);
            Object base = unsafeClass.getMethod("staticFieldBase", Field.class).invoke(unsafe, field);
            long offset = (long) unsafeClass.getMethod("staticFieldOffset", Field.class).invoke(unsafe, field);
            unsafeClass.getMethod("putObjectVolatile", Object.class, long.class, Object.class).invoke(unsafe, base, offset, patterns);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the long array stays
        }
    }

    /**
     * Two patterns that, tried in citeproc-java's loop, end a stop word where the given ones, tried
     * one by one, would. That loop takes the first pattern that matches the rest of the title
     * (find(), all anchored), except a match ending in '-' after a character other than '-' ("a
     * so-called" keeps "So" upper case): then it tries the next pattern. The first of the two is
     * the alternation of all, in order: the first that matches, as before. The second, tried only
     * when that one was passed over, is the first whose own match does not end in '-' ("as
     * regards-policy": "as"); each is atomic so that the engine cannot shorten a match to dodge
     * the '-' where the pattern alone would not.
     */
    static Pattern[] combine(List<Pattern> patterns) {
        StringJoiner any = new StringJoiner("|", "^(?:", ")");
        StringJoiner dashless = new StringJoiner("|", "^(?:", ")(?<!-)");
        for (Pattern pattern : patterns) {
            if ((pattern.flags() & ~Pattern.CASE_INSENSITIVE) != 0) {
                throw new IllegalArgumentException("unexpected flags in " + pattern);
            }
            String flags = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 ? "i" : "";
            any.add("(?" + flags + ":" + pattern.pattern() + ")");
            dashless.add("(?>(?" + flags + ":" + pattern.pattern() + "))");
        }
        return new Pattern[] {Pattern.compile(any.toString()), Pattern.compile(dashless.toString())};
    }

    /** The word a stop-word pattern matches ("^before[^…]+" → "before"; "^according\\s+to…" → "according"). */
    static String word(Pattern pattern) {
        var m = WORD.matcher(pattern.pattern());
        return m.lookingAt() ? m.group(1) : "";
    }
}
