package io.github.essaykit.report;

import java.util.List;
import java.util.Map;

/**
 * The shape of a site's sourcing, for its editors: per essay what may need a source or a second
 * look, with totals per essay and for the site. Values only; {@link SourcingText} prints it and
 * {@link SourcingPage} writes it as a page.
 */
public record SourcingReport(List<Essay> essays, List<String> neverCited) {

    public SourcingReport {
        essays = List.copyOf(essays);
        neverCited = List.copyOf(neverCited);
    }

    /** A place in an essay and what is there. */
    public record Finding(int line, int column, String text) {}

    /**
     * One essay: its paragraphs with a claim and no source (a number, a name or a quotation), its
     * sources cited once, listed but never cited (nocite), quotations with no text to check
     * against, books and chapters cited without a page or other locator, relative links that lead
     * nowhere; the count of paragraphs sourced and unsourced; its sources by type and by year.
     */
    public record Essay(String file, String title, List<Finding> unsourced, List<String> citedOnce, List<String> neverCited,
            List<Finding> unverifiedQuotes, List<Finding> withoutLocator, List<Finding> deadLinks, int sourcedParagraphs,
            int unsourcedParagraphs, Map<String, Integer> byType, Map<String, Integer> byYear) {

        public Essay {
            unsourced = List.copyOf(unsourced);
            citedOnce = List.copyOf(citedOnce);
            neverCited = List.copyOf(neverCited);
            unverifiedQuotes = List.copyOf(unverifiedQuotes);
            withoutLocator = List.copyOf(withoutLocator);
            deadLinks = List.copyOf(deadLinks);
            byType = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byType));
            byYear = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byYear));
        }

        /** Everything listed for this essay. */
        public int findings() {
            return unsourced.size() + citedOnce.size() + neverCited.size() + unverifiedQuotes.size() + withoutLocator.size()
                    + deadLinks.size();
        }
    }

    /** The site's totals: each list's length summed over the essays. */
    public Essay totals() {
        return new Essay("", "All essays", sum(Essay::unsourced), sum(Essay::citedOnce), sum(Essay::neverCited),
                sum(Essay::unverifiedQuotes), sum(Essay::withoutLocator), sum(Essay::deadLinks),
                essays.stream().mapToInt(Essay::sourcedParagraphs).sum(), essays.stream().mapToInt(Essay::unsourcedParagraphs).sum(),
                Map.of(), Map.of());
    }

    private <T> List<T> sum(java.util.function.Function<Essay, List<T>> list) {
        return essays.stream().flatMap(e -> list.apply(e).stream()).toList();
    }
}
