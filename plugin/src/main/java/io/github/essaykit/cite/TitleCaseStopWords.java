package io.github.essaykit.cite;

import de.undercouch.citeproc.helper.StringHelper;
import java.lang.reflect.Field;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CSL 1.0.2 title case (text-case="title") leaves lower case only its own stop words: a, an, and,
 * as, at, but, by, down, for, from, in, into, nor, of, on, onto, or, over, so, the, till, to, up,
 * via, with, yet. citeproc-java 3.5.2 keeps a longer list (after, before, during, like, towards,
 * without, …) in a private array of patterns and has no setting for it, so its title case
 * printed "Seeing like a State" where pandoc prints "Seeing Like a State". We narrow that array
 * once, in place, to the spec's words: each other pattern is replaced by one that never matches.
 */
final class TitleCaseStopWords {

    static final Set<String> CSL_1_0_2 = Set.of("a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in",
            "into", "nor", "of", "on", "onto", "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet");

    private static final Pattern NEVER = Pattern.compile("(?!)");
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
            for (int i = 0; i < patterns.length; i++) {
                if (!CSL_1_0_2.contains(word(patterns[i]))) {
                    patterns[i] = NEVER;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another citeproc-java: its own list stays (TitleCaseStopWordsTest fails on such an upgrade)
        }
        applied = true;
    }

    /** The word a stop-word pattern matches ("^before[^…]+" → "before"; "^according\\s+to…" → "according"). */
    static String word(Pattern pattern) {
        var m = WORD.matcher(pattern.pattern());
        return m.lookingAt() ? m.group(1) : "";
    }
}
