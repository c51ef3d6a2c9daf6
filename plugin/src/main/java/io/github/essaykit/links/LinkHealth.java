package io.github.essaykit.links;

import io.github.essaykit.diagnostic.Count;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.fetch.Identifier;
import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.safety.UrlPolicy;
import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.SourceLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;

/**
 * Link health ({@code -Dessay.checkLinks}): every web address a reader may follow to a source
 * (a bibliography entry's URL and DOI, an essay's external links) asked once through
 * {@link LinkChecker}, and each dead one reported as a warning where it was written: the
 * entry's line in its bibliography file, the link's line and column in the essay. A dead
 * source with an archived copy ({@code archive-url}) is pointed at that copy; any other dead
 * address gets the Wayback Machine's search for it, as text to try.
 *
 * @param diagnostics a warning per place a dead address is written
 * @param summary one line saying what was checked, for the build's notes
 */
public record LinkHealth(Diagnostics diagnostics, String summary) {

    /** Where an address is written, and the archived copy its source names (empty if none). */
    public record Place(String file, int line, int column, String what, String archiveUrl) {}

    private static final String WAYBACK = "https://web.archive.org/web/*/";

    /**
     * Checks the addresses of these essays and sources. {@code doiBase} is the resolver a DOI is
     * linked through ({@code https://doi.org}).
     */
    public static LinkHealth check(List<Map<String, List<Place>>> essays, SourceLibrary library, String doiBase,
            LinkChecker checker) {
        Map<String, List<Place>> places = addresses(essays, library, doiBase);
        Map<String, LinkChecker.Outcome> outcomes = checker.check(places.keySet());
        List<Diagnostic> warnings = new ArrayList<>();
        int dead = 0;
        int unchecked = 0;
        for (Map.Entry<String, LinkChecker.Outcome> each : outcomes.entrySet()) {
            LinkChecker.Outcome outcome = each.getValue();
            if (outcome.status() == LinkChecker.Status.UNCHECKED) {
                unchecked++;
            } else if (outcome.status() == LinkChecker.Status.DEAD) {
                dead++;
                for (Place place : places.get(each.getKey())) {
                    warnings.add(Diagnostic.warning(place.file(), place.line(), place.column(), place.what() + "'"
                            + each.getKey() + "' is dead: " + outcome.reason() + "; " + remedy(each.getKey(), place)));
                }
            }
        }
        String summary = "Link check: " + Count.of(outcomes.size(), "link") + " checked, " + dead + " dead"
                + (unchecked == 0 ? "" : ", " + unchecked + " not checked within the time budget");
        return new LinkHealth(Diagnostics.of(warnings), summary);
    }

    private static String remedy(String address, Place place) {
        if (!place.archiveUrl().isEmpty()) {
            return "its archived copy is " + place.archiveUrl() + " (archive-url): link that instead, or fix the address";
        }
        return "fix or remove it, or look for an archived copy at " + WAYBACK + address
                + (place.what().startsWith("source") ? " and add it to the entry as archive-url" : "");
    }

    /**
     * Every web address to check, with the places it is written, in reading order: sources first,
     * then the essays' addresses ({@link #addressesIn}), in their order.
     */
    static Map<String, List<Place>> addresses(List<Map<String, List<Place>>> essays, SourceLibrary library, String doiBase) {
        Map<String, List<Place>> places = new LinkedHashMap<>();
        for (Source source : library.sources()) {
            String what = "source '" + source.key() + "': ";
            add(places, source.item().getURL(), new Place(source.file(), source.line(), 1, what + "URL ", source.archiveUrl()));
            String doi = doi(source.item().getDOI());
            if (!doi.isEmpty()) {
                add(places, Identifier.doiAddress(doiBase, doi), new Place(source.file(), source.line(), 1, what + "DOI link ",
                        source.archiveUrl()));
            }
        }
        essays.forEach(essay -> essay.forEach((address, at) -> places.computeIfAbsent(address, k -> new ArrayList<>()).addAll(at)));
        return places;
    }

    /** The web addresses an essay links to, with the places it writes them, in reading order. */
    public static Map<String, List<Place>> addressesIn(ParsedEssay essay) {
        Map<String, List<Place>> places = new LinkedHashMap<>();
        essay.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                SourcePosition at = SourcePosition.of(link);
                add(places, link.getDestination(), new Place(essay.file().relative(), at.line(), at.column(), "link ", ""));
                visitChildren(link);
            }
        });
        return places;
    }

    private static void add(Map<String, List<Place>> places, String address, Place place) {
        if (address == null || !UrlPolicy.allows(address)) {
            return;
        }
        String plain = address.strip();
        String lower = plain.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            places.computeIfAbsent(plain, k -> new ArrayList<>()).add(place);
        }
    }

    /** A DOI without the forms people write around it ({@code doi:}, {@code https://doi.org/}); empty if none. */
    static String doi(String value) {
        if (value == null) {
            return "";
        }
        String doi = value.strip().replaceFirst("(?i)^(doi:|https?://(dx\\.)?doi\\.org/)", "").strip();
        return doi.startsWith("10.") ? doi : "";
    }
}
