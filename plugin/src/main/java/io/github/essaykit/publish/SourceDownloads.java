package io.github.essaykit.publish;

import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.bibtex.BibTeXWriter;
import java.util.Collection;
import java.util.List;

/**
 * A list of sources as the three files a reader can take into a reference manager: BibLaTeX
 * ({@code .bib}, read back by our own reader to the same items), CSL-JSON ({@code .json}, what
 * Zotero and pandoc read) and RIS ({@code .ris}, what EndNote and most others read).
 */
public final class SourceDownloads {

    /** The three extensions, in the order pages link them. */
    public static final List<String> EXTENSIONS = List.of("bib", "json", "ris");

    private SourceDownloads() {}

    public static String bibtex(Collection<Source> sources) {
        return BibTeXWriter.write(sources.stream().map(s -> new BibTeXWriter.Entry(s.key(), s.item())).toList());
    }

    /** An array of items, each the source's CSL variables with its key as the id. */
    public static String cslJson(Collection<Source> sources) {
        return JsonText.pretty(CslVariables.of(sources).stream().map(CslVariables::variables).toList());
    }

    public static String ris(Collection<Source> sources) {
        return RisWriter.write(CslVariables.of(sources));
    }

    /** The file of one extension. */
    public static String file(String extension, Collection<Source> sources) {
        return switch (extension) {
            case "bib" -> bibtex(sources);
            case "json" -> cslJson(sources);
            case "ris" -> ris(sources);
            default -> throw new IllegalArgumentException(extension);
        };
    }
}
