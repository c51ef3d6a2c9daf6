package io.github.essaykit.resolve;

import java.util.Set;

/**
 * What the resolve stage knows of one essay: numbered notes, the ids and numbers of its
 * headings, figures and tables, its checked links and its formatted citations.
 */
public record EssayResolution(Notes notes, Labels labels, EssayLinks links, Citations citations) {

    /** An essay checked against the site, its citations not formatted yet (the costly part). */
    public record Checked(Notes notes, Labels labels, EssayLinks links, CitationResolver.Checked citations) {

        /** Every key the essay cites or nocites. */
        public Set<String> keys() {
            return citations.keys();
        }

        /** Every key the essay cites in its text (not those it only lists with nocite), in order of first citation. */
        public Set<String> cited() {
            Set<String> cited = new java.util.LinkedHashSet<>();
            citations.requests().forEach(r -> r.items().forEach(item -> cited.add(item.key())));
            return cited;
        }

        int citationCount() {
            return citations.ok() ? citations.requests().size() : 0;
        }

        /** With its citations formatted in {@code sourcing} (the essay's own style, ordered for the site). */
        public EssayResolution formatted(Sourcing sourcing) {
            return new EssayResolution(notes, labels, links, CitationResolver.format(citations, sourcing));
        }
    }
}
