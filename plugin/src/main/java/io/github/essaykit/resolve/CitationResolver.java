package io.github.essaykit.resolve;

import io.github.essaykit.cite.CitationRequest;
import io.github.essaykit.cite.EssayCitations;
import io.github.essaykit.cite.FormattedCitation;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Suggestions;
import io.github.essaykit.fetch.Identifier;
import io.github.essaykit.markdown.Citation;
import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.parse.ParsedEssay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an essay's citation keys against the sources it may cite, then formats its citations
 * in reading order with the build's style. An unknown key is an error at the key, with the
 * closest known key as a suggestion; an essay with such an error is not formatted.
 */
final class CitationResolver {

    /** pandoc-crossref's references, @sec:intro, @fig:map …; Quarto writes @sec-intro. */
    private static final java.util.regex.Pattern CROSSREF_FILTER = java.util.regex.Pattern.compile("(sec|fig|tbl|eq|lst):[^:]+");

    private CitationResolver() {}

    /**
     * An essay checked: its citations as requests in reading order, its nocite keys, every key it
     * cites or nocites, and whether all keys are known (only then is it formatted).
     */
    record Checked(ParsedEssay essay, Notes notes, List<CitationRequest> requests, Set<String> nocite, Set<String> keys,
            boolean ok) {}

    static Checked check(ParsedEssay essay, Notes notes, Sourcing sourcing, List<String> ownFiles,
            List<Diagnostic> diagnostics) {
        String file = essay.file().relative();
        Set<String> visible = sourcing.visibleTo(ownFiles);
        boolean ok = true;
        List<CitationRequest> requests = new ArrayList<>();
        for (Notes.CitationPlace place : notes.citations()) {
            Citation citation = place.citation();
            for (int i = 0; i < citation.items().size(); i++) {
                String key = citation.items().get(i).key();
                String other = suffixCitation(citation.items().get(i), visible);
                if (other != null) {
                    SourcePosition at = citation.keyPosition(i);
                    diagnostics.add(Diagnostic.warning(file, at.line(), at.column(), "'@" + other + "' is text after the citation of '"
                            + key + "' (its suffix), so it is printed as written and cites nothing; separate citations with ';',"
                            + " as in [@" + key + "; @" + other + "]"));
                }
                if (!visible.contains(key)) {
                    ok = false;
                    if (!sourcing.complete()) {
                        continue;
                    }
                    SourcePosition at = citation.keyPosition(i);
                    diagnostics.add(Diagnostic.error(file, at.line(), at.column(), "unknown citation key '" + key + "'"
                            + (Identifier.looksLikeOne(key) ? identifierHint(key)
                            : CROSSREF_FILTER.matcher(key).matches()
                                    ? "; it looks like a pandoc-crossref reference, which essaykit reads in Quarto's form:"
                                            + " write @" + key.replace(':', '-') + " and label the target {#" + key.replace(':', '-') + "}"
                                    : Suggestions.didYouMean(key, visible) + "; add it to a bibliography file or fix the key")));
                }
            }
            Notes.Note own = notes.forNode(citation);
            int noteNumber = place.inNote() != null ? place.inNote().number() : own != null ? own.number() : 0;
            requests.add(new CitationRequest(citation.items(), noteNumber, place.inNote() != null));
        }
        Set<String> nocite = new LinkedHashSet<>();
        for (String key : essay.meta().nocite()) {
            if (key.equals("*")) {
                nocite.addAll(visible);
            } else if (visible.contains(key)) {
                nocite.add(key);
            } else {
                ok = false;
                diagnostics.add(Diagnostic.error(file, essay.meta().lineOf("nocite"), 1, "unknown key '" + key
                        + "' in nocite" + Suggestions.didYouMean(key, visible)));
            }
        }
        Set<String> keys = new LinkedHashSet<>(nocite);
        notes.citations().forEach(p -> p.citation().items().forEach(item -> keys.add(item.key())));
        return new Checked(essay, notes, requests, nocite, keys, ok);
    }

    private static final java.util.regex.Pattern SUFFIX_KEY = java.util.regex.Pattern.compile("(?<![\\w@])@([\\w:.#$%&+?<>~/-]*\\w)");

    /**
     * A known key written as {@code @key} in an item's locator or suffix: {@code [@a, @b]}, which
     * pandoc reads as one citation of {@code a} followed by the text ", @b" (citations are separated
     * by ';'), or null. An at-sign before an unknown word (a handle, an address) is left alone.
     */
    private static String suffixCitation(CiteItem item, Set<String> visible) {
        for (String text : new String[] {item.locator(), item.suffix()}) {
            java.util.regex.Matcher m = SUFFIX_KEY.matcher(text == null ? "" : text);
            while (m.find()) {
                if (visible.contains(m.group(1))) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** A key that names a DOI or ISBN: the explicit goal looks it up once; builds never go online. */
    private static String identifierHint(String key) {
        if (Identifier.of(key) == null) {
            return ": " + Identifier.problem(key);
        }
        return "; no bibliography holds this source yet: run 'mvn essay:fetch-sources' to look it up once and add it to "
                + "the fetched-sources file (src/bibliography/fetched.json unless essay.fetchedSources says otherwise), "
                + "then build again";
    }

    static Citations format(Checked checked, Sourcing sourcing) {
        if (!checked.ok() || checked.keys().isEmpty()) {
            return Citations.NONE;
        }
        Notes notes = checked.notes();
        List<CitationRequest> requests = checked.requests();
        EssayCitations formatted = sourcing.formatter().formatEssay(checked.essay().slug(), requests, checked.nocite());
        Map<Citation, Citations.Use> uses = new IdentityHashMap<>();
        Map<String, List<String>> backrefs = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            Citation citation = notes.citations().get(i).citation();
            FormattedCitation text = formatted.citations().get(i);
            Notes.Note note = text.makesNote() ? notes.forNode(citation) : null;
            String id = note != null ? note.referenceId(1) : PageIds.citation(i + 1);
            Citations.Use use = new Citations.Use(id, text, note);
            uses.put(citation, use);
            Set<String> linked = new HashSet<>(); // a source cited twice in one citation: back to the first
            for (int k = 0; k < citation.items().size(); k++) {
                CiteItem item = citation.items().get(k);
                List<String> ids = backrefs.computeIfAbsent(item.key(), key -> new ArrayList<>());
                if (linked.add(item.key()) && !ids.contains(use.linkId(k))) {
                    ids.add(use.linkId(k));
                }
            }
        }
        return new Citations(uses, formatted.bibliography(), backrefs);
    }
}
