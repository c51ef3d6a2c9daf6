package io.github.essaykit.publish;

import com.google.common.base.Suppliers;
import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.bibtex.BibTeXWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each source as every format a page or download shows it in, made once per build. An essay's
 * {@code .bib}, {@code .json} and {@code .ris} are its sources' records joined, and its page's
 * Highwire tags, JSON-LD and COinS are made of the same per-source parts; a source cited by
 * 700 essays was written out 700 times (8% of a clean build's CPU at 1,000 essays).
 * Safe to use from the build's threads. The downloads: BibLaTeX ({@code .bib}, read back by our
 * own reader to the same items), CSL-JSON ({@code .json}, what Zotero and pandoc read) and RIS
 * ({@code .ris}, what EndNote and most others read).
 */
public final class SourceRecords {

    /** The three download extensions, in the order pages link them. */
    public static final List<String> EXTENSIONS = List.of("bib", "json", "ris");

    /**
     * One source's parts, each made when first asked for: a one-edit build makes one page, which
     * needs the BibTeX, COinS, Highwire and JSON-LD of its sources, and keeps their other downloads.
     * {@code source} is the one they are made of.
     */
    private record Made(Source source, Supplier<String> bibtex, Supplier<String> json,
            Supplier<String> ris, Supplier<String> reference, Supplier<String> coins, Supplier<String> work) {

        static Made of(Source source) {
            CslVariables variables = CslVariables.of(source);
            return new Made(source,
                    Suppliers.memoize(() -> BibTeXWriter.write(List.of(new BibTeXWriter.Entry(source.key(), source.item())))),
                    Suppliers.memoize(() -> JsonText.arrayElement(variables.variables())),
                    Suppliers.memoize(() -> RisWriter.write(List.of(variables))),
                    Suppliers.memoize(() -> ReferenceMeta.reference(variables)),
                    Suppliers.memoize(() -> ReferenceMeta.coins(variables)),
                    Suppliers.memoize(() -> ReferenceMeta.workJson(variables)));
        }
    }

    private final Map<String, Made> made = new ConcurrentHashMap<>();

    private Made of(Source source) {
        Made known = made.get(source.key());
        if (known != null && known.source() == source) {
            return known;
        }
        Made fresh = Made.of(source);
        if (known == null) { // a second library's source of the same key (none in a build) is made each time, never kept
            made.putIfAbsent(source.key(), fresh);
        }
        return fresh;
    }

    /** The download of one extension listing {@code sources}, in their order. */
    public String file(String extension, List<Source> sources) {
        return switch (extension) {
            case "bib" -> joined(sources, m -> m.bibtex().get());
            case "ris" -> joined(sources, m -> m.ris().get());
            case "json" -> JsonText.array(sources.stream().map(s -> of(s).json().get()).toList());
            default -> throw new IllegalArgumentException(extension);
        };
    }

    private String joined(List<Source> sources, java.util.function.Function<Made, String> part) {
        StringBuilder out = new StringBuilder();
        sources.forEach(source -> out.append(part.apply(of(source))));
        return out.toString();
    }

    /** One source's BibLaTeX entry. */
    public String bibtex(Source source) {
        return of(source).bibtex().get();
    }

    /** The COinS OpenURL of a source ({@link ReferenceMeta#coins}). */
    public String coins(Source source) {
        return of(source).coins().get();
    }

    /** An essay's Highwire tags ({@link ReferenceMeta#highwire}). */
    public List<ReferenceMeta.Tag> highwire(EssayRecord essay, List<Source> sources) {
        return ReferenceMeta.highwire(essay, sources.stream().map(s -> of(s).reference().get()).toList());
    }

    /** An essay's JSON-LD ({@link ReferenceMeta#jsonLd}). */
    public String jsonLd(EssayRecord essay, List<Source> sources) {
        return ReferenceMeta.jsonLdOfWorks(essay, sources.stream().map(s -> of(s).work().get()).toList());
    }
}
