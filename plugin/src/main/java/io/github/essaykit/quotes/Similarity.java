package io.github.essaykit.quotes;

/** How alike two strings are: 100 less the edit distance as a percentage of the longer one. */
final class Similarity {

    private Similarity() {}

    static int percent(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 100;
        }
        return (int) Math.floor(100.0 * (longer - distance(a, b)) / longer);
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
