package io.github.essaykit.diagnostic;

import java.util.Collection;

/** "did you mean" hints: the closest known name within a small edit distance. */
public final class Suggestions {

    private Suggestions() {}

    /** " (did you mean 'x'?)" or "" when nothing is close. */
    public static String didYouMean(String wrong, Collection<String> known) {
        return didYouMean(wrong, known, Math.max(2, wrong.length() / 3));
    }

    /** The same, with at most {@code allowed} edits (stricter for short names, where 2 edits is most of a word). */
    public static String didYouMean(String wrong, Collection<String> known, int allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().sorted().toList()) {
            int d = distance(wrong.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= allowed ? " (did you mean '" + best + "'?)" : "";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
