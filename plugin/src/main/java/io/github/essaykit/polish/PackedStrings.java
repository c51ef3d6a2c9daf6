package io.github.essaykit.polish;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of strings kept as one string and where each ends: what a page with
 * hundreds of template links keeps of them until the site-wide link check. A source page lists
 * every essay citing it: at 100,000 essays about 1,500 links, each unique to the page, which as
 * strings of their own cost some 40 bytes each beyond their characters.
 */
final class PackedStrings extends AbstractList<String> implements RandomAccess {

    private final String text;
    private final int[] ends;

    private PackedStrings(String text, int[] ends) {
        this.text = text;
        this.ends = ends;
    }

    static List<String> of(List<String> strings) {
        StringBuilder text = new StringBuilder();
        int[] ends = new int[strings.size()];
        for (int i = 0; i < ends.length; i++) {
            text.append(strings.get(i));
            ends[i] = text.length();
        }
        return new PackedStrings(text.toString(), ends);
    }

    @Override
    public String get(int index) {
        return text.substring(index == 0 ? 0 : ends[index - 1], ends[index]);
    }

    @Override
    public int size() {
        return ends.length;
    }
}
