package io.github.essaykit.site;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.links.LinkHealth;
import io.github.essaykit.markdown.TexMath;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.quotes.EssayQuotes;
import io.github.essaykit.quotes.QuoteCheck;
import io.github.essaykit.quotes.SourceTexts;
import io.github.essaykit.render.ImageSizes;
import io.github.essaykit.report.SourcingAnalysis;
import io.github.essaykit.resolve.SiteResolver;
import io.github.essaykit.resolve.Sourcing;
import java.util.List;
import java.util.Map;

/**
 * What the build keeps of one essay after reading its tree once, before any page is made: its
 * file and front matter (no tree), the digest of its bytes, what the resolve stage found, its
 * quotation warnings, its part of the sourcing report (null when none is asked for), and what
 * the site-wide files need (math, image sizes, word count, web addresses for the link check).
 * Small, so that the build holds one of these per essay and a tree only per essay at work.
 */
record EssayFacts(ParsedEssay essay, String digest, SiteResolver.EssayCheck check, List<Diagnostic> quoteWarnings,
        SourcingAnalysis.Part report, boolean math, Map<String, String> imageSizes, int words,
        Map<String, List<LinkHealth.Place>> addresses) {

    /**
     * @param ownFiles the bibliography files of the essay's front matter
     * @param texts the sources' texts, to check its quotations against
     */
    static EssayFacts of(ParsedEssay essay, String digest, SiteConfig config, Sourcing sourcing, List<String> ownFiles,
            SourceTexts texts) {
        SiteResolver.EssayCheck check = SiteResolver.check(essay, sourcing, ownFiles, config.numberSections());
        EssayQuotes quotes = QuoteCheck.check(essay, texts);
        SourcingAnalysis.Part report = !config.sourcingReport() ? null
                : SourcingAnalysis.essay(essay, quotes, check.keys(), check.cited(), sourcing.library());
        Map<String, List<LinkHealth.Place>> addresses = config.linkCheck() == null ? Map.of() : LinkHealth.addressesIn(essay);
        return new EssayFacts(essay.withoutDocument(), digest, check, quotes.warnings(), report,
                TexMath.occursIn(essay.document()), ImageSizes.rulesIn(essay.document()), ReadingTime.words(essay), addresses);
    }
}
