package io.github.essaykit.sources;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.discover.InputText;
import io.github.essaykit.discover.SourceTree;
import io.github.essaykit.sources.bibtex.BibTeXReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads source files once per build: BibTeX/BibLaTeX {@code .bib}, CSL-JSON {@code .json} and
 * CSL-YAML {@code .yaml}/{@code .yml}. Problems are values: a malformed file (with its line and
 * column), a key defined twice (naming both places), an unreadable file; what could be read is
 * still returned.
 */
public final class SourceLoader {

    private final Path baseDirectory;
    private final ResultCache cache;

    private SourceLoader(Path baseDirectory, ResultCache cache) {
        this.baseDirectory = baseDirectory;
        this.cache = cache;
    }

    /** A loader naming files relative to this folder in its diagnostics. */
    public static SourceLoader create(Path baseDirectory) {
        return create(baseDirectory, ResultCache.NONE);
    }

    /** A loader that keeps what each file defines in {@code cache}, so that a new JVM need not parse an unchanged file ({@link StoredSources}). */
    public static SourceLoader create(Path baseDirectory, ResultCache cache) {
        return new SourceLoader(baseDirectory.toAbsolutePath().normalize(), cache);
    }

    public LoadedSources load(List<Path> files) {
        return merge(files.stream().map(this::read).toList());
    }

    /**
     * One file's sources as read, the problems met reading it, and its part of the library's
     * print ({@link #merge}; empty when this loader keeps nothing).
     */
    public record FileSources(List<Source> sources, List<Diagnostic> problems, List<String> print) {}

    /** The sources of one file, read now: a build reads its site-wide files before it knows every file an essay names. */
    public FileSources read(Path path) {
        List<Diagnostic> problems = new ArrayList<>();
        List<String> print = new ArrayList<>();
        List<Source> sources = loadFile(path, relative(path), problems, cache.keeps() ? print : null);
        return new FileSources(sources, List.copyOf(problems), List.copyOf(print));
    }

    /** The library of these files, read in this order (the first of two sources of a key wins), and every problem. */
    public LoadedSources merge(List<FileSources> files) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, Source> byKey = new LinkedHashMap<>();
        // the library's print: each file's key, in order
        Fingerprint print = cache.keeps() ? Fingerprint.start("library").add(files.size()) : null;
        for (FileSources file : files) {
            problems.addAll(file.problems());
            if (print != null) {
                file.print().forEach(print::add);
            }
            for (Source source : file.sources()) {
                Source earlier = byKey.putIfAbsent(source.key(), source);
                if (earlier != null) {
                    problems.add(Diagnostic.error(source.file(), source.line(), 1,
                            "source key '" + source.key() + "' is defined twice: here and at " + earlier.where()));
                }
            }
        }
        return new LoadedSources(SourceLibrary.of(byKey.values(), print == null ? null : print.hex()), Diagnostics.of(problems));
    }

    /** The file's sources; its part of the library's print added to {@code print} (when not null). */
    private List<Source> loadFile(Path path, String name, List<Diagnostic> problems, List<String> print) {
        InputText.Read read = InputText.read(path, name, StandardCharsets.UTF_8, InputText.SAVE_AS_UTF8);
        if (!read.ok()) {
            problems.add(read.problem());
            if (print != null) {
                print.add("unread");
                print.add(name);
            }
            return List.of();
        }
        String text = read.text();
        if (text.isBlank()) {
            problems.add(Diagnostic.warning(name, 0, 0, "the file is empty, so it adds no sources; add sources or remove the file"));
            if (print != null) {
                print.add("empty");
                print.add(name);
            }
            return List.of();
        }
        String key = print == null ? null : StoredSources.key(text, name);
        if (print != null) {
            print.add(key);
        }
        return StoredSources.load(cache, key, text, name, problems, SourceLoader::parse);
    }

    /** The sources of a file's text, read as its name's ending says; problems are added to the list. */
    static List<Source> parse(String text, String name, List<Diagnostic> problems) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".bib")) {
            return loadBibTeX(text, name, BibTeXReader.Dialect.BIBLATEX, problems); // as pandoc reads .bib
        } else if (lower.endsWith(".bibtex")) {
            return loadBibTeX(text, name, BibTeXReader.Dialect.BIBTEX, problems);
        } else if (lower.endsWith(".json")) {
            return CslReader.readJson(text, name, problems);
        } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return CslReader.readYaml(text, name, problems);
        }
        problems.add(Diagnostic.error(name, 0, 0, "unknown source file type (use .bib, .json, .yaml or .yml)"));
        return List.of();
    }

    /** The sources of a BibLaTeX text (read as a {@code .bib} file named {@code name}); problems are added to the list. */
    public static List<Source> readBibLaTeX(String text, String name, List<Diagnostic> problems) {
        return loadBibTeX(text, name, BibTeXReader.Dialect.BIBLATEX, problems);
    }

    /** The item of an entry's variables as the formatter gets them ({@link BibTeXReader.Item#formatted}). */
    private static CSLItemData item(String key, Map<String, Object> formatted) {
        Map<String, Object> json = new LinkedHashMap<>(formatted); // @misc: type "", as pandoc (see LibraryItems)
        // a field left empty (number = "", as templates leave them) is no value to pandoc's
        // formatter; citeproc-java would print it, with its delimiter ("Series, .")
        json.entrySet().removeIf(field -> !field.getKey().equals("type") && "".equals(field.getValue()));
        return new CSLItemDataBuilder(CSLItemData.fromJson(json)).citationKey(key).build();
    }

    private static List<Source> loadBibTeX(String text, String name, BibTeXReader.Dialect dialect, List<Diagnostic> problems) {
        BibTeXReader.Result result = BibTeXReader.read(text, name, dialect);
        problems.addAll(result.problems());
        List<Source> sources = new ArrayList<>();
        for (BibTeXReader.Item entry : result.items()) {
            try {
                CSLItemData item = item(entry.key(), entry.formatted());
                CSLItemData asWritten = entry.formattedAsWritten() == null ? null : item(entry.key(), entry.formattedAsWritten());
                sources.add(new Source(entry.key(), item, name, entry.line(), bare(entry.fields(), "archiveurl",
                        "archive-url", "archive_url"), bare(entry.fields(), "archivedate", "archive-date", "archive_date"),
                        bare(entry.fields(), "file"), asWritten));
            } catch (RuntimeException e) {
                problems.add(Diagnostic.error(name, entry.line(), entry.column(), "cannot convert entry '" + entry.key()
                        + "': " + firstLine(e.getMessage())));
            }
        }
        return sources;
    }

    /** The first of these raw fields, without braces. */
    private static String bare(Map<String, String> fields, String... names) {
        for (String field : names) {
            String value = fields.get(field);
            if (value != null && !value.isBlank()) {
                return value.replace("{", "").replace("}", "").strip();
            }
        }
        return null;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    private String relative(Path path) {
        return SourceTree.shown(baseDirectory, path);
    }
}
