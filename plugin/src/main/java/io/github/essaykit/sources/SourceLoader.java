package io.github.essaykit.sources;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.discover.InputText;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * Loads source files once per build: BibTeX/BibLaTeX {@code .bib}, CSL-JSON {@code .json} and
 * CSL-YAML {@code .yaml}/{@code .yml}. Problems are values: a malformed file (with its line and
 * column), a key defined twice (naming both places), an unreadable file; what could be read is
 * still returned.
 */
public final class SourceLoader {

    private static final Pattern BIB_ENTRY = Pattern.compile("@\\s*([A-Za-z]+)\\s*[{(]\\s*([^,\\s{}()]*)");
    private static final Pattern LEXICAL = Pattern.compile("line (\\d+), column (\\d+)");

    private final Path baseDirectory;

    private SourceLoader(Path baseDirectory) {
        this.baseDirectory = baseDirectory;
    }

    /** A loader naming files relative to this folder in its diagnostics. */
    public static SourceLoader create(Path baseDirectory) {
        return new SourceLoader(baseDirectory.toAbsolutePath().normalize());
    }

    public LoadedSources load(List<Path> files) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, Source> byKey = new LinkedHashMap<>();
        for (Path path : files) {
            String name = relative(path);
            for (Source source : loadFile(path, name, problems)) {
                Source earlier = byKey.putIfAbsent(source.key(), source);
                if (earlier != null) {
                    problems.add(Diagnostic.error(source.file(), source.line(), 1,
                            "source key '" + source.key() + "' is defined twice: here and at " + earlier.where()));
                }
            }
        }
        return new LoadedSources(SourceLibrary.of(byKey.values()), Diagnostics.of(problems));
    }

    private List<Source> loadFile(Path path, String name, List<Diagnostic> problems) {
        InputText.Read read = InputText.read(path, name, StandardCharsets.UTF_8, InputText.SAVE_AS_UTF8);
        if (!read.ok()) {
            problems.add(read.problem());
            return List.of();
        }
        String text = read.text();
        if (text.isBlank()) {
            problems.add(Diagnostic.warning(name, 0, 0, "the file is empty, so it adds no sources; add sources or remove the file"));
            return List.of();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".bib") || lower.endsWith(".bibtex")) {
            return loadBibTeX(text, name, problems);
        } else if (lower.endsWith(".json")) {
            return CslReader.readJson(text, name, problems);
        } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return CslReader.readYaml(text, name, problems);
        }
        problems.add(Diagnostic.error(name, 0, 0, "unknown source file type (use .bib, .json, .yaml or .yml)"));
        return List.of();
    }

    private List<Source> loadBibTeX(String text, String name, List<Diagnostic> problems) {
        BibTeXParser parser;
        BibTeXDatabase database;
        try {
            parser = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    // an undefined @string is left as its name, as BibTeX does
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    // a missing crossref leaves the entry without inherited fields
                }
            };
            database = parser.parse(new StringReader(text));
        } catch (ParseException e) {
            int line = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginLine : 0;
            int column = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginColumn : 0;
            String found = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.image : "";
            List<EntryStart> starts = entryLines(text);
            if (found.isEmpty() && !starts.isEmpty()) {
                // the file ended inside an entry: name the entry, not the end of the file
                EntryStart last = starts.get(starts.size() - 1);
                problems.add(Diagnostic.error(name, last.line(), 1, "malformed BibTeX: entry '" + last.key()
                        + "' is never closed; add the missing '}'"));
            } else {
                problems.add(Diagnostic.error(name, line, column, "malformed BibTeX: unexpected '" + found + "'"));
            }
            return List.of();
        } catch (TokenMgrException | org.jbibtex.ObjectResolutionException e) {
            Matcher m = LEXICAL.matcher(String.valueOf(e.getMessage()));
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            int column = line > 0 ? Integer.parseInt(m.group(2)) : 0;
            problems.add(Diagnostic.error(name, line, column, "malformed BibTeX: " + firstLine(e.getMessage())));
            return List.of();
        }
        // jbibtex silently keeps the first of two entries with one key: find the second ourselves
        Map<String, Integer> lines = new HashMap<>();
        for (EntryStart start : entryLines(text)) {
            Integer first = lines.putIfAbsent(start.key(), start.line());
            if (first != null) {
                problems.add(Diagnostic.error(name, start.line(), 1, "source key '" + start.key()
                        + "' is defined twice: here and at " + name + ":" + first));
            }
        }
        BibTeXMapping mapping = new BibTeXMapping();
        List<Source> sources = new ArrayList<>();
        for (BibTeXObject object : database.getObjects()) {
            if (object instanceof BibTeXEntry entry) {
                String key = entry.getKey().getValue();
                int line = lines.getOrDefault(key, 0);
                try {
                    sources.add(mapping.toSource(entry, key, name, line));
                } catch (RuntimeException e) {
                    problems.add(Diagnostic.error(name, line, 1, "cannot convert entry '" + key + "': " + e.getMessage()));
                }
            }
        }
        return sources;
    }

    /** Where an entry starts: its key and 1-based line. */
    private record EntryStart(String key, int line) {}

    /** Key and line of each entry (not @string, @comment, @preamble), in file order. */
    private static List<EntryStart> entryLines(String text) {
        List<EntryStart> result = new ArrayList<>();
        Matcher m = BIB_ENTRY.matcher(text);
        int line = 1;
        int counted = 0;
        while (m.find()) {
            for (; counted < m.start(); counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                }
            }
            String type = m.group(1).toLowerCase(Locale.ROOT);
            if (!type.equals("string") && !type.equals("comment") && !type.equals("preamble")) {
                result.add(new EntryStart(m.group(2), line));
            }
        }
        return result;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    private String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(baseDirectory) ? baseDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
