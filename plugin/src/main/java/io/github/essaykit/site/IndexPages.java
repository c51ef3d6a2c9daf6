package io.github.essaykit.site;

import io.github.essaykit.parallel.EssayPool;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.polish.Addresses;
import io.github.essaykit.polish.LinkCheck;
import io.github.essaykit.write.SiteOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The index in pages of {@link #PER_PAGE} essays, newest first: {@code index.html}, then
 * {@code page/2.html}, {@code page/3.html}, each linking the newer and the older. One page
 * naming every essay grows with the site (4.4 MB at 10,000 essays, 44 MB at 100,000: more than a
 * phone will open, and as much again in the build's memory while it is made and checked).
 */
final class IndexPages {

    static final int PER_PAGE = 50;

    private IndexPages() {}

    /** How many index pages {@code essays} essays take: one at least, even for none. */
    static int count(int essays) {
        return Math.max(1, (essays + PER_PAGE - 1) / PER_PAGE);
    }

    /** Page {@code number} (from 1) of the index. */
    static String path(int number) {
        return number == 1 ? "index.html" : "page/" + number + ".html";
    }

    /**
     * Writes every index page and returns them as the link check keeps them, in order.
     *
     * @param newestFirst the essays in index order
     * @param words each essay's word count by slug
     */
    static List<LinkCheck.Page> write(EssayPool pool, SiteOutput site, Pages pages, PageKeys keys, BuildMemory memory,
            List<ParsedEssay> newestFirst, Map<String, Integer> words, Addresses kept) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= count(newestFirst.size()); n++) {
            numbers.add(n);
        }
        return pool.map(numbers, number -> {
            String path = path(number);
            int from = (number - 1) * PER_PAGE;
            List<ParsedEssay> essays = newestFirst.subList(from, Math.min(newestFirst.size(), from + PER_PAGE));
            int count = count(newestFirst.size());
            SitePages.Page page = memory.sitePages().page(path, () -> List.of(number, count, keys.index(essays, words)),
                    () -> pages.index(essays, words, number, count), Map.of(), memory.links(), kept);
            page.writeTo(site, path);
            return page.links();
        });
    }
}
