package io.github.essaykit.resolve;

import io.github.essaykit.cite.CitationFormatter;
import io.github.essaykit.cite.CitationStyle;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.SourceLibrary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sources and the style of one build, loaded once: every bibliography file (site-wide and
 * essay-local) in one library, so a key defined twice anywhere is caught, and what each essay
 * may cite: the site-wide files plus its own.
 *
 * @param siteFiles relative names of the site-wide bibliography files
 * @param complete false when a bibliography file failed to load: then an unknown key or an
 *     unused source is a consequence, not a finding, and is not reported
 * @param formatter the build's one formatter (it pools citeproc processors across essays)
 */
public record Sourcing(CitationStyle style, SourceLibrary library, Set<String> siteFiles, boolean complete,
        CitationFormatter formatter) {

    public Sourcing {
        siteFiles = Set.copyOf(siteFiles);
    }

    public Sourcing(CitationStyle style, SourceLibrary library, Set<String> siteFiles, boolean complete) {
        this(style, library, siteFiles, complete, CitationFormatter.create(style, library));
    }

    /** Keys an essay may cite: sources of the site-wide files and of the files it names. */
    public Set<String> visibleTo(ParsedEssay essay, List<String> ownFiles) {
        Set<String> keys = new LinkedHashSet<>();
        for (Source source : library.sources()) {
            if (siteFiles.contains(source.file()) || ownFiles.contains(source.file())) {
                keys.add(source.key());
            }
        }
        return keys;
    }

    /** The id of a source's bibliography entry: "ref-" and the key, spaces made underscores. */
    public static String entryId(String key) {
        return "ref-" + key.replaceAll("\\s", "_");
    }
}
