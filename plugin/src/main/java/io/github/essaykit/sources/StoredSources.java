package io.github.essaykit.sources;

import de.undercouch.citeproc.csl.CSLItemData;
import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.CodeStamp;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.cache.StoredDiagnostics;
import io.github.essaykit.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one source file defines and the problems found in it, kept in a {@link ResultCache}
 * between essay:build runs: a new JVM parses a 2,000-entry .bib in about a second, and decodes
 * what an earlier build parsed in a tenth of that. The key is all that parsing reads: the code,
 * the file's text (decoded and with its line endings made LF, so the same for every byte
 * sequence that reads as it) and its name as messages show it, whose ending also picks the
 * format. Duplicate keys across files are found after, from the values, as when parsing.
 */
final class StoredSources {

    private static final String FORMAT = "source file 2";

    /** Parses the text of a source file named {@code name}; problems are added to the list. */
    @FunctionalInterface
    interface Parser {
        List<Source> parse(String text, String name, List<Diagnostic> problems);
    }

    private record Loaded(List<Source> sources, List<Diagnostic> problems) {}

    private StoredSources() {}

    /** The sources of this file as {@code parse} gives them, from {@code cache} when it holds them; problems are added to the list. */
    static List<Source> load(ResultCache cache, String text, String name, List<Diagnostic> problems, Parser parse) {
        return load(cache, cache.keeps() ? key(text, name) : null, text, name, problems, parse);
    }

    /** What the sources of a file are kept under: its name and text, and the code that reads them; the same key, the same sources. */
    static String key(String text, String name) {
        return Fingerprint.start(FORMAT).add(CodeStamp.current()).add(name).add(text).hex();
    }

    /** As {@link #load(ResultCache, String, String, List, Parser)}, the file's {@link #key} given (null when {@code cache} keeps nothing). */
    static List<Source> load(ResultCache cache, String key, String text, String name, List<Diagnostic> problems, Parser parse) {
        if (!cache.keeps()) {
            return parse.parse(text, name, problems);
        }
        Loaded loaded;
        try {
            loaded = cache.get(key, StoredSources::read).orElse(null);
        } catch (Blob.Corrupt e) {
            loaded = null; // parsed afresh and stored again
        }
        if (loaded == null) {
            List<Diagnostic> found = new ArrayList<>();
            loaded = new Loaded(List.copyOf(parse.parse(text, name, found)), List.copyOf(found));
            Optional<byte[]> bytes = write(loaded);
            if (bytes.isPresent()) {
                cache.put(key, bytes::get, loaded);
            }
        }
        problems.addAll(loaded.problems());
        return loaded.sources();
    }

    /** The bytes of a value, or none for one the fields cannot hold (a value citeproc-java would never make); it is then not kept. */
    private static Optional<byte[]> write(Loaded loaded) {
        try {
            Blob.Writer out = new Blob.Writer().string(FORMAT).integer(loaded.sources().size());
            for (Source source : loaded.sources()) {
                out.string(source.key()).string(source.file()).integer(source.line()).string(source.archiveUrl())
                        .string(source.archiveDate()).string(source.textFile());
                StoredItem.write(out, source.item());
                out.bool(source.asWritten() != source.item());
                if (source.asWritten() != source.item()) {
                    StoredItem.write(out, source.asWritten());
                }
            }
            StoredDiagnostics.write(out, loaded.problems());
            return Optional.of(out.bytes());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Loaded read(byte[] bytes) {
        Blob.Reader in = new Blob.Reader(bytes);
        if (!in.string().equals(FORMAT)) {
            throw new Blob.Corrupt("not " + FORMAT);
        }
        List<Source> sources = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            String key = in.string();
            String file = in.string();
            int line = in.integer();
            String archiveUrl = in.string();
            String archiveDate = in.string();
            String textFile = in.string();
            CSLItemData item = StoredItem.read(in);
            CSLItemData asWritten = in.bool() ? StoredItem.read(in) : null;
            sources.add(new Source(key, item, file, line, archiveUrl, archiveDate, textFile, asWritten));
        }
        List<Diagnostic> problems = StoredDiagnostics.read(in);
        in.end();
        return new Loaded(List.copyOf(sources), List.copyOf(problems));
    }
}
