package io.github.essaykit.cite;

import java.math.BigInteger;
import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * citeproc-java 3.5.2's {@code AlphanumComparator} (text compared by the locale's collator,
 * runs of digits by their value), giving the same sign for every pair, but with the collation
 * key of each piece of text made once. The collator's {@code compare} normalizes and walks both
 * strings on every call; sorting 5,000 bibliography entries makes about 60,000 calls on the same
 * few thousand names and titles, and {@link CollationKey#compareTo} gives the collator's answer
 * from the keys ({@link Collator}'s contract). Not thread-safe: one per sort.
 */
final class AlphanumCollation implements Comparator<String> {

    private final Collator collator;
    private final Map<String, CollationKey> keys = new HashMap<>();

    AlphanumCollation(Locale locale) {
        this.collator = Collator.getInstance(locale);
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        // step by step as AlphanumComparator: the text before the next number, then the number
        while (i < a.length() && j < b.length()) {
            int numberA = nextNumber(a, i);
            int numberB = nextNumber(b, j);
            if (numberA == a.length() || numberB == b.length()) {
                break;
            }
            if (i < numberA || j < numberB) {
                int c = collate(a.substring(i, numberA), b.substring(j, numberB));
                if (c != 0) {
                    return c;
                }
            }
            int endA = numberEnd(a, numberA);
            int endB = numberEnd(b, numberB);
            int c = compareNumbers(a.substring(numberA, endA), b.substring(numberB, endB));
            if (c != 0) {
                return c;
            }
            i = endA;
            j = endB;
        }
        if (i == 0 && j == 0) {
            return collate(a, b);
        }
        if (i < a.length() || j < b.length()) {
            return collate(a.substring(i), b.substring(j));
        }
        return 0;
    }

    private int collate(String a, String b) {
        return key(a).compareTo(key(b));
    }

    private CollationKey key(String text) {
        return keys.computeIfAbsent(text, collator::getCollationKey);
    }

    /** As AlphanumComparator: up to nine digits as a long, longer runs as a BigInteger; by value either way. */
    private static int compareNumbers(String a, String b) {
        if (a.length() > 9 || b.length() > 9) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }

    private static int nextNumber(String s, int from) {
        int at = from;
        while (at < s.length() && !Character.isDigit(s.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int numberEnd(String s, int from) {
        int at = from;
        while (at < s.length() && Character.isDigit(s.charAt(at))) {
            at++;
        }
        return at;
    }
}
