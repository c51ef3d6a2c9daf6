package io.github.essaykit.resolve;

import io.github.essaykit.cite.CitationFormatter;
import io.github.essaykit.cite.CitationStyle;
import io.github.essaykit.parallel.Each;
import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.SourceLibrary;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sources and the style of one build, loaded once: every bibliography file (site-wide and
 * essay-local) in one library, so a key defined twice anywhere is caught, and what each essay
 * may cite: the site-wide files plus its own. Immutable.
 */
public final class Sourcing {

    private final CitationStyle style;
    private final SourceLibrary library;
    private final Set<String> siteFiles;
    private final boolean complete;
    private final CitationFormatter formatter;
    /** Keys by the file defining them, so an essay's visible keys need no walk over the library. */
    private final Map<String, Set<String>> keysByFile = new LinkedHashMap<>();
    private final Set<String> siteKeys = new LinkedHashSet<>();
    /** Essays (by slug) written in a style of their own ({@code csl:} in the front matter). */
    private final Map<String, Sourcing> essayStyles;

    /**
     * @param siteFiles relative names of the site-wide bibliography files
     * @param complete false when a bibliography file failed to load: then an unknown key or an
     *     unused source is a consequence, not a finding, and is not reported
     * @param formatter the build's one formatter (it pools citeproc processors across essays)
     */
    public Sourcing(CitationStyle style, SourceLibrary library, Set<String> siteFiles, boolean complete,
            CitationFormatter formatter) {
        this(style, library, siteFiles, complete, formatter, Map.of());
    }

    private Sourcing(CitationStyle style, SourceLibrary library, Set<String> siteFiles, boolean complete,
            CitationFormatter formatter, Map<String, Sourcing> essayStyles) {
        this.essayStyles = Map.copyOf(essayStyles);
        this.style = style;
        this.library = library;
        this.siteFiles = Set.copyOf(siteFiles);
        this.complete = complete;
        this.formatter = formatter;
        for (Source source : library.sources()) {
            keysByFile.computeIfAbsent(source.file(), f -> new LinkedHashSet<>()).add(source.key());
            if (this.siteFiles.contains(source.file())) {
                siteKeys.add(source.key());
            }
        }
    }

    /** The same sources in another style, with its own formatter. */
    public Sourcing inStyle(CitationStyle otherStyle, CitationFormatter otherFormatter) {
        return new Sourcing(otherStyle, library, siteFiles, complete, otherFormatter);
    }

    /** These sources with the styles of the essays that choose their own (slug to sources in that style). */
    public Sourcing withEssayStyles(Map<String, Sourcing> styles) {
        return new Sourcing(style, library, siteFiles, complete, formatter, styles);
    }

    /**
     * These sources with every formatter's order fixed (see {@link CitationFormatter#ordered}):
     * {@code cited} gives, for the site and for each essay style, the keys cited in it; {@code each}
     * runs the sorts' parts (the build's threads).
     */
    public Sourcing ordered(Map<Sourcing, Set<String>> cited, Each each) {
        Map<Sourcing, Sourcing> done = new IdentityHashMap<>();
        Map<String, Sourcing> styles = new LinkedHashMap<>();
        essayStyles.forEach((slug, own) -> styles.put(slug, done.computeIfAbsent(own,
                o -> o.withFormatter(o.formatter.ordered(cited.getOrDefault(o, Set.of()), each)))));
        return new Sourcing(style, library, siteFiles, complete, formatter.ordered(cited.getOrDefault(this, Set.of()), each), styles);
    }

    private Sourcing withFormatter(CitationFormatter ordered) {
        return new Sourcing(style, library, siteFiles, complete, ordered, essayStyles);
    }

    /** The sources as an essay cites them: in its own style, or the site's. */
    public Sourcing forEssay(String slug) {
        return essayStyles.getOrDefault(slug, this);
    }

    public CitationStyle style() {
        return style;
    }

    public SourceLibrary library() {
        return library;
    }

    public Set<String> siteFiles() {
        return siteFiles;
    }

    public boolean complete() {
        return complete;
    }

    public CitationFormatter formatter() {
        return formatter;
    }

    /** Keys an essay may cite: sources of the site-wide files and of the files it names. */
    public Set<String> visibleTo(List<String> ownFiles) {
        if (ownFiles.isEmpty()) {
            return Collections.unmodifiableSet(siteKeys);
        }
        Set<String> keys = new LinkedHashSet<>(siteKeys);
        ownFiles.forEach(file -> keys.addAll(keysByFile.getOrDefault(file, Set.of())));
        return keys;
    }

    /** The id of a source's bibliography entry: "ref-" and its {@link #keyToken}. */
    public static String entryId(String key) {
        return PageIds.entry(key);
    }

    /** A key as one token for ids and space-separated lists ("odd key" gives "odd_key"). */
    public static String keyToken(String key) {
        for (int i = 0; i < key.length(); i++) { // asked for each source of each page each build: no regex for plain keys
            char c = key.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return key.replaceAll("\\s", "_");
            }
        }
        return key;
    }
}
