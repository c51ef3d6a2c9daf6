package io.github.essaykit.site;

import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.cite.CitationFormatter;
import io.github.essaykit.cite.SortKeys;
import io.github.essaykit.cite.FormatterMemory;
import io.github.essaykit.cite.CitationStyle;
import io.github.essaykit.discover.FileDigests;
import io.github.essaykit.sources.LoadedSources;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.SourceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The style and the loaded sources of the last build, reused by the next while their inputs are
 * byte for byte the same (essay:serve: an edited essay does not reload a 5,000-entry .bib or
 * re-parse the CSL style). Both values are immutable. {@link #NONE} keeps nothing here; each
 * file's sources may still come from the build's folder cache.
 */
public final class SourcingMemo {

    static final SourcingMemo NONE = new SourcingMemo(false, ConcurrentHashMap::new);

    private record Kept<T>(String key, T value) {}

    private final boolean keep;
    private volatile Kept<CitationStyle.Loaded> style;
    private volatile Kept<LoadedSources> sources;
    private volatile FormatterMemory formatting = FormatterMemory.create();
    private volatile CitationStyle formattingStyle;
    private volatile SourceLibrary formattingLibrary;
    private volatile CitationFormatter formatter;
    private SourceLibrary printedLibrary;
    private Map<String, String> sourcePrints;
    private final Supplier<Map<String, String>> printMaps;
    private final FileDigests files = new FileDigests();

    private SourcingMemo(boolean keep, Supplier<Map<String, String>> printMaps) {
        this.keep = keep;
        this.printMaps = printMaps;
    }

    static SourcingMemo create() {
        return create(ConcurrentHashMap::new);
    }

    /** @param printMaps makes the maps of {@link #sourcePrints} (thread-safe ones; a test's checks how they are used) */
    static SourcingMemo create(Supplier<Map<String, String>> printMaps) {
        return new SourcingMemo(true, printMaps);
    }

    /** @param cache where the style's facts are kept between essay:build runs ({@link BuildMemory#stored}) */
    CitationStyle.Loaded style(String style, String locale, Path root, ResultCache cache) {
        if (!keep) {
            return CitationStyle.load(style, locale, root, cache);
        }
        String key = style + '\n' + digestIfFile(root, style) + '\n' + locale + '\n' + digestIfFile(root, locale);
        return kept(this.style, key, () -> CitationStyle.load(style, locale, root, cache), k -> this.style = k);
    }

    /**
     * Each of {@code files} read now, for {@link #sources} to take as it is (essay:build reads its
     * site-wide files while it reads the essays' front matter); none when this memo keeps the
     * session's library, which a rebuild takes whole when no file changed.
     */
    Map<Path, SourceLoader.FileSources> read(List<Path> files, Path root, ResultCache cache) {
        if (keep) {
            return Map.of();
        }
        SourceLoader loader = SourceLoader.create(root, cache);
        Map<Path, SourceLoader.FileSources> read = new HashMap<>();
        files.forEach(file -> read.put(file, loader.read(file)));
        return read;
    }

    /**
     * @param cache where each file's sources are kept between essay:build runs ({@link BuildMemory#stored})
     * @param read files {@link #read} already
     */
    LoadedSources sources(List<Path> files, Path root, ResultCache cache, Map<Path, SourceLoader.FileSources> read) {
        SourceLoader loader = SourceLoader.create(root, cache);
        if (!keep) {
            return loader.merge(files.stream().map(file -> read.containsKey(file) ? read.get(file) : loader.read(file)).toList());
        }
        StringBuilder key = new StringBuilder();
        files.forEach(f -> key.append(f).append('\n').append(digest(f)).append('\n'));
        return kept(this.sources, key.toString(), () -> loader.load(files), k -> this.sources = k);
    }

    /**
     * A formatter of this style and library, reusing earlier builds' work when both are the same
     * (essay:serve: the very formatter, whose processors the session's builds, one at a time, share),
     * and the bibliography sort keys of its items kept in {@code cache}.
     */
    synchronized CitationFormatter formatter(CitationStyle style, SourceLibrary library, ResultCache cache) {
        if (!keep) {
            return CitationFormatter.create(style, library, FormatterMemory.storedIn(cache, style));
        }
        if (style != formattingStyle || library != formattingLibrary) {
            formatting = FormatterMemory.create(SortKeys.in(cache, style));
            formattingStyle = style;
            formattingLibrary = library;
            // the formatter itself too (nothing ordered; a build orders a copy), and with it its citeproc
            // processors: a new pool parsed the style again for each build's sort and each page made
            formatter = CitationFormatter.create(style, library, formatting);
        }
        return formatter;
    }

    /**
     * Where page keys keep the fingerprint of each source of {@code library} ({@link PageKeys}):
     * kept while the library is the same value, so a rebuild prints only the sources of a changed
     * bibliography again.
     */
    synchronized Map<String, String> sourcePrints(SourceLibrary library) {
        if (!keep) {
            return printMaps.get();
        }
        if (library != printedLibrary) {
            printedLibrary = library;
            sourcePrints = printMaps.get();
        }
        return sourcePrints;
    }

    private static <T> T kept(Kept<T> last, String key, Supplier<T> load, Consumer<Kept<T>> store) {
        if (last != null && last.key().equals(key)) {
            return last.value();
        }
        T value = load.get();
        store.accept(new Kept<>(key, value));
        return value;
    }

    /** Each file's digest: the session's, kept while a file's stamp is the same, if this memo keeps; else afresh. */
    FileDigests digests() {
        return keep ? files : new FileDigests();
    }

    private String digestIfFile(Path root, String value) {
        if (value == null) {
            return "";
        }
        Path file = root.resolve(value);
        return Files.isRegularFile(file) ? digest(file) : "";
    }

    private String digest(Path file) {
        try {
            return files.of(file);
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
