package io.github.essaykit.report;

import de.undercouch.citeproc.csl.CSLItemData;
import io.github.essaykit.markdown.Citation;
import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.quotes.CheckedQuote;
import io.github.essaykit.quotes.EssayQuotes;
import io.github.essaykit.resolve.EssayResolution;
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

    /** One essay's part of the report. */
    public record Input(ParsedEssay essay, EssayResolution.Checked checked, EssayQuotes quotes) {}

    public static SourcingReport of(List<Input> essays, SourceLibrary library) {
        List<SourcingReport.Essay> reported = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        for (Input input : essays) {
            reported.add(essay(input, library));
            cited.addAll(input.checked().cited());
        }
        List<String> never = library.sources().stream().map(Source::key).filter(k -> !cited.contains(k)).sorted().toList();
        return new SourcingReport(reported, never);
    }

    private static SourcingReport.Essay essay(Input input, SourceLibrary library) {
        ParsedEssay essay = input.essay();
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
        Set<String> listedOnly = new LinkedHashSet<>(input.checked().keys());
        listedOnly.removeAll(input.checked().cited());
        List<SourcingReport.Finding> unverified = new ArrayList<>();
        for (CheckedQuote quote : input.quotes().quotes()) {
            if (quote.unverified()) {
                List<String> keys = quote.quotation().citation().items().stream().map(CiteItem::key).distinct().toList();
                unverified.add(new SourcingReport.Finding(quote.quotation().at().line(), quote.quotation().at().column(),
                        "“" + excerpt(quote.quotation().text().replaceAll("\\s+", " ").strip()) + "” (" + String.join(", ", keys) + ": no text)"));
            }
        }
        List<SourcingReport.Finding> dead = new ArrayList<>();
        for (EssayLinks.Broken link : input.checked().links().broken()) {
            dead.add(new SourcingReport.Finding(link.at().line(), link.at().column(), link.destination()));
        }
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> byYear = new TreeMap<>();
        for (String key : input.checked().keys()) {
            library.find(key).ifPresent(source -> {
                CSLItemData item = source.item();
                byType.merge(item.getType() == null ? "other" : item.getType().toString(), 1, Integer::sum);
                byYear.merge(year(item), 1, Integer::sum);
            });
        }
        return new SourcingReport.Essay(essay.file().relative(), essay.meta().title(), unsourced, once, List.copyOf(listedOnly),
                unverified, withoutLocator, dead, sourced, notSourced, byType, byYear);
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
