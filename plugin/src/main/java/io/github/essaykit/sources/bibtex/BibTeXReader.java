package io.github.essaykit.sources.bibtex;

import io.github.essaykit.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a BibTeX/BibLaTeX file into CSL items, each field meaning what
 * {@code pandoc -f bibtex|biblatex -t csljson} says it means (pandoc reads {@code .bib} as
 * BibLaTeX, {@code .bibtex} as BibTeX). Written for essaykit because jbibtex keeps only the first
 * of two entries with one key, loses brace groups (and with them case protection and corporate
 * names) and reports an unclosed brace where it gave up.
 */
public final class BibTeXReader {

    /** pandoc's two readings: they differ in name particles, publisher/location lists and addendum. */
    public enum Dialect { BIBTEX, BIBLATEX }

    /**
     * One entry as CSL-JSON: {@code csl} exactly as pandoc writes it, {@code formatted} what the
     * formatter gets (the same text without markup), {@code formattedAsWritten} the same with its
     * titles as written where they were sentence-cased (else null: for a non-English locale); its
     * raw fields after crossref, and where it starts.
     */
    public record Item(String key, Map<String, Object> csl, Map<String, Object> formatted, Map<String, Object> formattedAsWritten,
            Map<String, String> fields, int line, int column) {}

    /** The entries (every one, duplicates too, in file order) and the file's problems. */
    public record Result(List<Item> items, List<Diagnostic> problems) {}

    /**
     * Starts each word whose case a title must keep ({@code {ggplot2}}) in the values the formatter
     * gets: an upper-case letter (U+1D400) makes citeproc-java's title case leave the word alone, as
     * it leaves "eBay"; the formatter's output must remove it.
     */
    public static final String KEEP_CASE = "\uD835\uDC00";

    /**
     * Protected text as the formatter gets it: {@link #KEEP_CASE} before every word, where
     * citeproc-java's title case sees one start: after a space, and after punctuation such as
     * {@code </} or {@code .} ("{@code </script>}" keeps its "script", "{@code e.g.}" its "g").
     * Apostrophes, brackets and {@code &} do not start a word, as there.
     */
    public static String keepCase(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(c);
            if (wordChar && !inWord) {
                out.append(KEEP_CASE);
            }
            inWord = wordChar || (inWord && "[]()'\u2019&".indexOf(c) >= 0);
            out.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /**
     * Stands for '/' in the page numbers the formatter gets: citeproc-java's page-range parser cuts
     * "n/a--n/a" to "n."; the formatter's output must turn it back into '/'.
     */
    public static final String PAGE_SLASH = "\uE000";

    /** CSL-JSON spells these variables in capitals. */
    private static final java.util.Set<String> UPPER_CASE = java.util.Set.of("doi", "url", "isbn", "issn", "pmid", "pmcid");

    private BibTeXReader() {}

    /** A value the formatter gets as text for anything else: without {@link #KEEP_CASE}, its page slash a '/' again. */
    public static String withoutMarks(String formatterText) {
        return formatterText.replace(KEEP_CASE, "").replace(PAGE_SLASH, "/");
    }

    public static Result read(String text, String file, Dialect dialect) {
        BibFile.Parsed parsed = BibFile.parse(text, file);
        boolean bibtex = dialect == Dialect.BIBTEX;
        List<Item> items = new ArrayList<>();
        for (BibEntry entry : CrossRefs.resolve(parsed.entries(), bibtex)) {
            if (entry.type().equals("xdata")) {
                continue;
            }
            EntryToCsl.Variables variables = EntryToCsl.variables(entry, bibtex);
            Map<String, Object> vars = variables.vars();
            items.add(new Item(entry.key(), PandocJson.written(json(vars, false)), json(vars, true),
                    variables.asWritten() == null ? null : json(variables.asWritten(), true), entry.fields(), entry.line(), entry.column()));
        }
        return new Result(List.copyOf(items), parsed.problems());
    }

    private static Map<String, Object> json(Map<String, Object> vars, boolean plain) {
        Map<String, Object> json = new LinkedHashMap<>();
        vars.forEach((variable, value) -> {
            String name = UPPER_CASE.contains(variable) ? variable.toUpperCase(java.util.Locale.ROOT) : variable;
            if (value instanceof List<?> list && (list.isEmpty() || list.get(0) instanceof Inline)) {
                @SuppressWarnings("unchecked")
                List<Inline> inlines = (List<Inline>) list;
                String text = plain ? CslText.plain(inlines) : CslText.pandoc(inlines);
                json.put(name, plain && name.equals("page") ? text.replace("/", PAGE_SLASH) : text);
            } else {
                json.put(name, value);
            }
        });
        return json;
    }
}
