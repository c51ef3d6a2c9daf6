package io.github.essaykit.quotes;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.markdown.Citation;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** An essay's quotations as checked, each found one by its citation, and a warning for each not found. */
public record EssayQuotes(List<CheckedQuote> quotes, List<Diagnostic> warnings) {

    public static final EssayQuotes NONE = new EssayQuotes(List.of(), List.of());

    public EssayQuotes {
        quotes = List.copyOf(quotes);
        warnings = List.copyOf(warnings);
    }

    /** Found quotations by the citation that follows them: what the citation's preview shows. */
    public Map<Citation, CheckedQuote> foundByCitation() {
        Map<Citation, CheckedQuote> found = new IdentityHashMap<>();
        quotes.stream().filter(CheckedQuote::found).forEach(q -> found.put(q.quotation().citation(), q));
        return Collections.unmodifiableMap(found);
    }
}
