package io.github.essaykit.resolve;

import java.util.List;
import java.util.Set;

/**
 * What the resolve stage knows of one essay: numbered notes, the ids and numbers of its
 * headings, figures and tables, its checked links and its formatted citations. Made for the
 * essay's tree at hand, when its page is rendered ({@link SiteResolver.ResolvedSite#of}).
 */
public record EssayResolution(Notes notes, Labels labels, EssayLinks links, Citations citations) {

    /**
     * What the site keeps of an essay once checked, its tree let go: its title and summary, the
     * keys it cites, its counts, and where its links to other essays lead.
     *
     * @param cited the keys it cites in its text (not those it only lists with nocite), in order of first citation
     * @param keys every key it cites or nocites
     */
    public record Checked(String title, String summary, Set<String> keys, Set<String> cited,
            int citations, int notes, int crossReferences, EssayLinks.Checked links) {

        public Checked {
            keys = KeySet.of(keys); // the essay's check's own KeySet: shared, not copied
            cited = KeySet.of(cited);
        }

        /** Where the essay's links to other essays lead. */
        public List<EssayLinks.Target> targets() {
            return links.targets();
        }
    }
}
