package io.github.essaykit.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLProperties;
import io.github.essaykit.sources.SourceLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The sources whose cites print alike when the other means of disambiguation are spent (names,
 * given names, year suffixes): for them a style's {@code <if disambiguate="true">} holds (CSL 1.0.2,
 * Disambiguation, step 4), so MLA writes "(Bivand, Maps)" beside "(Bivand, Applied)".
 * citeproc-java 3.5.2 takes that test as always true. Computed over an essay's sources, as pandoc
 * does per document ({@link CitationFormatter}). Only sources sharing their family names with
 * another are rendered to compare. The same test, over every source the site cites, tells which
 * cites the by-cite given-name rule applies to ({@link CitationOrder}).
 */
final class Ambiguity {

    private Ambiguity() {}

    /** Family names (or literals) of the authors, else editors: cites that could print alike share them. */
    private static String families(de.undercouch.citeproc.csl.CSLItemData item) {
        var names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        StringBuilder families = new StringBuilder();
        for (var name : names == null ? new de.undercouch.citeproc.csl.CSLName[0] : names) {
            families.append(name.getNonDroppingParticle()).append(' ').append(name.getFamily()).append(',')
                    .append(name.getLiteral()).append(';');
        }
        return families.toString();
    }

    /**
     * @param csl a processor whose style has its disambiguate tests false, at the position whose
     *     form is compared (a note style's short form, else the first cite)
     * @param keys the cited keys; their {@code cited} ids are what is rendered
     */
    static Set<String> of(CSL csl, SourceLibrary library, List<String> keys, Function<String, String> citedId) {
        return of(library, keys, candidates -> {
            csl.reset();
            csl.setOutputFormat("text");
            csl.registerCitationItems(candidates.stream().map(citedId).toList(), true);
            int[] n = {0};
            return key -> {
                CSLCitation citation = new CSLCitation(new CSLCitationItem[] {new CSLCitationItem(citedId.apply(key))}, "a" + n[0]++,
                        new CSLProperties(1, true));
                var result = csl.makeCitation(citation);
                return result.get(result.size() - 1).getText();
            };
        }, () -> {
            csl.reset();
            csl.setOutputFormat(new QuotesOnceHtmlFormat());
        });
    }

    /**
     * The same, each candidate's text given by {@code texts}: for the candidates (the keys that share
     * their names with another, in order, all registered in that order before any is rendered), a
     * function from a candidate to its cite as text; {@code done} runs after the last text.
     */
    static Set<String> of(SourceLibrary library, List<String> keys, Function<List<String>, Function<String, String>> texts,
            Runnable done) {
        Map<String, List<String>> byNames = new LinkedHashMap<>();
        for (String key : keys) {
            library.find(key).ifPresent(s -> byNames.computeIfAbsent(families(s.item()), p -> new ArrayList<>()).add(key));
        }
        List<String> candidates = new ArrayList<>();
        byNames.values().stream().filter(same -> same.size() > 1).forEach(candidates::addAll);
        Set<String> ambiguous = new TreeSet<>();
        if (candidates.isEmpty()) {
            return ambiguous;
        }
        Function<String, String> text = texts.apply(List.copyOf(candidates));
        Map<String, List<String>> byText = new LinkedHashMap<>();
        for (String key : candidates) {
            byText.computeIfAbsent(text.apply(key), t -> new ArrayList<>()).add(key);
        }
        byText.values().stream().filter(same -> same.size() > 1).forEach(ambiguous::addAll);
        done.run();
        return ambiguous;
    }
}
