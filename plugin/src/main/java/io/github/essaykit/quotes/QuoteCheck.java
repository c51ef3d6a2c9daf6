package io.github.essaykit.quotes;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.parse.ParsedEssay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Quote stage: each quotation of an essay checked against the text of the source cited after it.
 * A quotation found in any of the cited sources' texts is silent; one found in none is a warning
 * at its position naming the nearest passage and how alike it is; one whose sources have no text
 * is left for the sourcing report.
 */
public final class QuoteCheck {

    /** How much of the nearest passage a warning shows. */
    private static final int SHOWN = 160;

    private QuoteCheck() {}

    public static EssayQuotes check(ParsedEssay essay, SourceTexts texts) {
        List<CheckedQuote> checked = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (Quotation quotation : QuotationFinder.find(essay.document())) {
            QuoteWords words = QuoteWords.of(quotation.text());
            if (words.size() == 0) {
                continue;
            }
            CheckedQuote result = check(quotation, words, texts);
            checked.add(result);
            if (!result.unverified() && !result.found()) {
                warnings.add(Diagnostic.warning(essay.file().relative(), quotation.at().line(), quotation.at().column(),
                        message(result)));
            }
        }
        return new EssayQuotes(checked, warnings);
    }

    private static CheckedQuote check(Quotation quotation, QuoteWords words, SourceTexts texts) {
        CheckedQuote nearest = null;
        for (String key : quotation.citation().items().stream().map(CiteItem::key).distinct().toList()) {
            Optional<SourceText> text = texts.text(key);
            if (text.isEmpty()) {
                continue;
            }
            SourceText.Match found = text.get().find(words);
            if (found != null) {
                return new CheckedQuote(quotation, key, text.get(), found);
            }
            SourceText.Match near = text.get().nearest(words);
            if (nearest == null || (near != null && (nearest.match() == null || near.similarity() > nearest.match().similarity()))) {
                nearest = new CheckedQuote(quotation, key, text.get(), near);
            }
        }
        return nearest != null ? nearest : new CheckedQuote(quotation, "", null, null);
    }

    private static String message(CheckedQuote result) {
        String where = "the quotation is not in the text of '" + result.key() + "' (" + result.text().name() + ")";
        if (result.match() == null) {
            return where + ", which shares none of its words; check the quotation or the citation";
        }
        SourceText.Match near = result.match();
        String passage = result.text().text().substring(near.start(), near.end()).replaceAll("\\s+", " ").strip();
        if (passage.length() > SHOWN) {
            passage = passage.substring(0, SHOWN) + "…";
        }
        return where + "; the nearest passage (" + near.similarity() + "% alike, line " + result.text().lineOf(near.start())
                + ") reads \"" + passage + "\"";
    }
}
