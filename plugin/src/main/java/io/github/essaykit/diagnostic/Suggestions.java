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

    /** Edits between a and b, a swap of two neighbouring letters counting as one ("titel" is one edit from "title"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
