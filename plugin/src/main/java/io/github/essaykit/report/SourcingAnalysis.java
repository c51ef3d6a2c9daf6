package io.github.essaykit.report;

import de.undercouch.citeproc.csl.CSLItemData;
import io.github.essaykit.markdown.Citation;
import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.quotes.CheckedQuote;
import io.github.essaykit.quotes.EssayQuotes;
import io.github.essaykit.resolve.EssayLinks;
import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.SourceLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;

/**
 * Report stage: what the editor's sourcing report says of each essay, from what the build already
 * knows (the parsed essay, its resolution, its checked quotations) and the library.
 */
public final class SourcingAnalysis {

    /** CSL types whose citations should say where in the work (a page, a chapter). */
    private static final Set<String> PAGED = Set.of("book", "chapter");
    /** How much of an unsourced paragraph the report shows. */
    private static final int EXCERPT = 90;

    private SourcingAnalysis() {}

    /**
     * One essay's part of the report, read from its tree when it is checked (its dead links are
     * known only once the site is: {@link #of} adds them).
     */
    public record Part(SourcingReport.Essay essay, Set<String> cited) {}

    /** The report of the essays' parts, each with its broken links (in the same order). */
    public static SourcingReport of(List<Part> parts, List<List<EssayLinks.Broken>> broken, SourceLibrary library) {
        List<SourcingReport.Essay> reported = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            SourcingReport.Essay e = parts.get(i).essay();
            List<SourcingReport.Finding> dead = new ArrayList<>();
            for (EssayLinks.Broken link : broken.get(i)) {
                dead.add(new SourcingReport.Finding(link.at().line(), link.at().column(), link.destination()));
            }
            reported.add(new SourcingReport.Essay(e.file(), e.title(), e.unsourced(), e.citedOnce(), e.neverCited(),
                    e.unverifiedQuotes(), e.withoutLocator(), dead, e.sourcedParagraphs(), e.unsourcedParagraphs(), e.byType(), e.byYear()));
            cited.addAll(parts.get(i).cited());
        }
        List<String> never = library.sources().stream().map(Source::key).filter(k -> !cited.contains(k)).sorted().toList();
        return new SourcingReport(reported, never);
    }

    /**
     * @param keys every key the essay cites or nocites
     * @param cited the keys it cites in its text
     */
    public static Part essay(ParsedEssay essay, EssayQuotes quotes, Set<String> keys, Set<String> cited, SourceLibrary library) {
        List<SourcingReport.Finding> unsourced = new ArrayList<>();
        int sourced = 0;
        int notSourced = 0;
        for (ClaimParagraphs.Sorted p : ClaimParagraphs.of(essay.document())) {
            if (p.sourced()) {
                sourced++;
                continue;
            }
            notSourced++;
            if (!p.claim().isEmpty()) {
                SourcePosition at = SourcePosition.of(p.paragraph());
                unsourced.add(new SourcingReport.Finding(at.line(), at.column(), p.claim() + ": " + excerpt(p.text())));
            }
        }
        Map<String, Integer> uses = new LinkedHashMap<>();
        List<SourcingReport.Finding> withoutLocator = new ArrayList<>();
        essay.document().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof Citation citation) {
                    for (int i = 0; i < citation.items().size(); i++) {
                        CiteItem item = citation.items().get(i);
                        uses.merge(item.key(), 1, Integer::sum);
                        String type = library.find(item.key()).map(s -> s.item().getType()).map(Object::toString).orElse("");
                        if (PAGED.contains(type) && !item.hasLocator()) {
                            SourcePosition at = citation.keyPosition(i);
                            withoutLocator.add(new SourcingReport.Finding(at.line(), at.column(), item.key() + " (" + type + ")"));
                        }
                    }
                }
                visitChildren(node);
            }
        });
        List<String> once = uses.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey).toList();
        Set<String> listedOnly = new LinkedHashSet<>(keys);
        listedOnly.removeAll(cited);
        List<SourcingReport.Finding> unverified = new ArrayList<>();
        for (CheckedQuote quote : quotes.quotes()) {
            if (quote.unverified()) {
                List<String> quoteKeys = quote.quotation().citation().items().stream().map(CiteItem::key).distinct().toList();
                unverified.add(new SourcingReport.Finding(quote.quotation().at().line(), quote.quotation().at().column(),
                        "“" + excerpt(quote.quotation().text().replaceAll("\\s+", " ").strip()) + "” (" + String.join(", ", quoteKeys) + ": no text)"));
            }
        }
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> byYear = new TreeMap<>();
        for (String key : keys) {
            library.find(key).ifPresent(source -> {
                CSLItemData item = source.item();
                byType.merge(item.getType() == null ? "other" : item.getType().toString(), 1, Integer::sum);
                byYear.merge(year(item), 1, Integer::sum);
            });
        }
        SourcingReport.Essay part = new SourcingReport.Essay(essay.file().relative(), essay.meta().title(), unsourced, once,
                List.copyOf(listedOnly), unverified, withoutLocator, List.of(), sourced, notSourced, byType, byYear);
        return new Part(part, Set.copyOf(cited));
    }

    private static String year(CSLItemData item) {
        if (item.getIssued() == null || item.getIssued().getDateParts() == null || item.getIssued().getDateParts().length == 0
                || item.getIssued().getDateParts()[0].length == 0) {
            return "n.d.";
        }
        return String.valueOf(item.getIssued().getDateParts()[0][0]);
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "…";
    }
}
