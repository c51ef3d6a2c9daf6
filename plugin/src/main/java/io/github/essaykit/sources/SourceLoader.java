package io.github.essaykit.sources;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.sources.bibtex.BibTeXReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Loads source files once per build: BibTeX/BibLaTeX {@code .bib}, CSL-JSON {@code .json} and
 * CSL-YAML {@code .yaml}/{@code .yml}. Problems are values: a malformed file (with its line and
 * column), a key defined twice (naming both places), an unreadable file; what could be read is
 * still returned.
 */
public final class SourceLoader {

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
        String text;
        try {
            text = Utf8Text.decode(Files.readAllBytes(path));
        } catch (Utf8Text.NotUtf8 e) {
            problems.add(Diagnostic.error(name, e.line, e.column, Utf8Text.describe(e)));
            return List.of();
        } catch (IOException | RuntimeException e) {
            problems.add(Diagnostic.error(name, 0, 0, "cannot read source file: " + e.getMessage()));
            return List.of();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".bib")) {
            return loadBibTeX(text, name, BibTeXReader.Dialect.BIBLATEX, problems); // as pandoc reads .bib
        } else if (lower.endsWith(".bibtex")) {
            return loadBibTeX(text, name, BibTeXReader.Dialect.BIBTEX, problems);
        } else if (lower.endsWith(".json")) {
            return loadJson(text, name, problems);
        } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return loadYaml(text, name, problems);
        }
        problems.add(Diagnostic.error(name, 0, 0, "unknown source file type (use .bib, .json, .yaml or .yml)"));
        return List.of();
    }

    private List<Source> loadBibTeX(String text, String name, BibTeXReader.Dialect dialect, List<Diagnostic> problems) {
        BibTeXReader.Result result = BibTeXReader.read(text, name, dialect);
        problems.addAll(result.problems());
        List<Source> sources = new ArrayList<>();
        for (BibTeXReader.Item entry : result.items()) {
            try {
                Map<String, Object> json = new LinkedHashMap<>(entry.formatted());
                if ("".equals(json.get("type"))) {
                    // pandoc leaves @misc without a type; citeproc-java then prints nothing at all
                    json.put("type", "article");
                }
                CSLItemData item = new CSLItemDataBuilder(CSLItemData.fromJson(json))
                        .citationKey(entry.key()).build();
                sources.add(new Source(entry.key(), item, name, entry.line(), bare(entry.fields(), "archiveurl",
                        "archive-url", "archive_url"), bare(entry.fields(), "archivedate", "archive-date", "archive_date")));
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

    private List<Source> loadJson(String text, String name, List<Diagnostic> problems) {
        List<Object> items;
        LineCountingReader reader = new LineCountingReader(text);
        try {
            JsonLexer lexer = new JsonLexer(reader);
            String trimmed = text.stripLeading();
            if (trimmed.startsWith("{")) {
                items = List.of(new JsonParser(lexer).parseObject());
            } else {
                items = new JsonParser(lexer).parseArray();
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Diagnostic.error(name, reader.line(), reader.column(), "malformed CSL-JSON: " + firstLine(e.getMessage())));
            return List.of();
        }
        return toSources(items, text, name, problems);
    }

    private List<Source> loadYaml(String text, String name, List<Diagnostic> problems) {
        Object data;
        try {
            data = new Load(LoadSettings.builder().setLabel(name).build()).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
            int column = e.getProblemMark().map(mark -> mark.getColumn() + 1).orElse(0);
            problems.add(Diagnostic.error(name, line, column, "malformed CSL-YAML: " + firstLine(e.getProblem())));
            return List.of();
        } catch (YamlEngineException e) {
            problems.add(Diagnostic.error(name, 0, 0, "malformed CSL-YAML: " + firstLine(e.getMessage())));
            return List.of();
        }
        if (data instanceof Map<?, ?> map && map.get("references") instanceof List<?> references) {
            data = references;
        }
        if (!(data instanceof List<?> list)) {
            problems.add(Diagnostic.error(name, 1, 1, "CSL-YAML must be a list of items or have a 'references' list"));
            return List.of();
        }
        return toSources(new ArrayList<>(list), text, name, problems);
    }

    private List<Source> toSources(List<Object> items, String text, String name, List<Diagnostic> problems) {
        List<Source> sources = new ArrayList<>();
        for (Object object : items) {
            if (!(object instanceof Map<?, ?> raw) || raw.get("id") == null) {
                problems.add(Diagnostic.error(name, 0, 0, "a CSL item without an 'id'"));
                continue;
            }
            String key = String.valueOf(raw.get("id"));
            int line = lineOfId(text, key);
            try {
                Map<String, Object> json = CslJson.normalise(raw);
                CSLItemData item = CSLItemData.fromJson(json);
                sources.add(new Source(key, item, name, line, CslJson.string(raw, "archive-url", "archive_url", "archiveurl"),
                        CslJson.string(raw, "archive-date", "archive_date")));
            } catch (RuntimeException e) {
                problems.add(Diagnostic.error(name, line, 1, "cannot read item '" + key + "': " + firstLine(e.getMessage())));
            }
        }
        return sources;
    }

    private static int lineOfId(String text, String key) {
        Matcher m = Pattern.compile("\"?id\"?\\s*:\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*[,}\\n\\r]").matcher(text);
        return m.find() ? lineOf(text, m.start()) : 0;
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String firstLine(String message) {
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
