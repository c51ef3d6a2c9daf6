package io.github.essaykit.site;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.safety.UrlPolicy;
import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.SourceLibrary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Warns of each source address that {@link UrlPolicy} refuses ({@code url}, {@code archiveurl},
 * a DOI written with a scheme): the entry is still listed, with the address as text and no link.
 */
final class SourceUrls {

    private SourceUrls() {}

    static Diagnostics check(SourceLibrary library) {
        List<Diagnostic> warnings = new ArrayList<>();
        List<Source> sources = new ArrayList<>(library.sources());
        sources.sort(Comparator.comparing(Source::file).thenComparingInt(Source::line).thenComparing(Source::key));
        for (Source source : sources) {
            check(source, "URL", source.item().getURL(), warnings);
            check(source, "archived copy's URL", source.archiveUrl(), warnings);
            String doi = source.item().getDOI();
            if (doi != null && !doi.strip().toLowerCase(Locale.ROOT).startsWith("doi:") && !UrlPolicy.allows(doi)) {
                warnings.add(warning(source, "the DOI '" + doi + "' is an address with a scheme, not a DOI; "
                        + "write it as 10.xxxx/... (styles link it through https://doi.org/)"));
            }
        }
        return Diagnostics.of(warnings);
    }

    private static void check(Source source, String what, String url, List<Diagnostic> warnings) {
        if (url != null && !url.isBlank() && !UrlPolicy.allows(url)) {
            warnings.add(warning(source, "the " + what + " '" + url + "' is not linked: "
                    + "only http, https, mailto and relative URLs are published"));
        }
    }

    private static Diagnostic warning(Source source, String message) {
        return Diagnostic.warning(source.file(), source.line(), 1, "source '" + source.key() + "': " + message);
    }
}
