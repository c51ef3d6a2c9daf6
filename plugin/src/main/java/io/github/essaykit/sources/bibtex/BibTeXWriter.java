package io.github.essaykit.sources.bibtex;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CSL items as BibLaTeX entries that {@link BibTeXReader} (and pandoc, which it follows) reads
 * back to the same items: the inverse of {@link EntryToCsl} for the variables it maps. Titles
 * are sentence-cased when read, so the words that sentence case would lower-case
 * ({@code {Cuban}} in mid-title) are braced, and only those: "NASA", "iPhone", the first word
 * and a word after a colon read back as written; a run of words the item protects
 * ({@code {eBay Inc}}) is braced as one group; names with a particle use
 * biblatex's {@code family=…, prefix=…} form; a corporate name is double-braced.
 */
public final class BibTeXWriter {

    /** An entry to write: its key and the item as the formatter got it (with {@link BibTeXReader#KEEP_CASE}). */
    public record Entry(String key, CSLItemData item) {}

    private static final Set<String> CHAPTERLIKE = Set.of("chapter", "paper-conference", "entry-encyclopedia",
            "entry-dictionary");
    private static final Pattern KEY_SAFE = Pattern.compile("[^\\p{L}\\p{N}_:.+/-]");

    private final StringBuilder out = new StringBuilder();

    private BibTeXWriter() {}

    /** The entries as one file, each followed by a blank line. */
    public static String write(List<Entry> entries) {
        BibTeXWriter writer = new BibTeXWriter();
        entries.forEach(writer::entry);
        return writer.out.toString();
    }

    /**
     * Text as a field value: LaTeX specials escaped and, for a title ({@code title}), each word
     * the reader's sentence case would change braced, so that it reads back as written.
     */
    public static String value(String text, boolean title) {
        return words(text, title);
    }

    /** A key BibTeX accepts: letters, digits and {@code _:.+/-}; anything else becomes '-'. */
    public static String safeKey(String key) {
        String safe = KEY_SAFE.matcher(key).replaceAll("-");
        return safe.isEmpty() ? "-" : safe;
    }

    @SuppressWarnings("unchecked")
    private void entry(Entry entry) {
        Map<String, Object> v = new LinkedHashMap<>();
        ((Map<?, ?>) entry.item().toJson(new MapJsonBuilderFactory().createJsonBuilder()))
                .forEach((k, value) -> v.put(String.valueOf(k), value));
        String type = v.get("type") == null ? "" : String.valueOf(v.get("type"));
        boolean chapterlike = CHAPTERLIKE.contains(type);
        Map<String, String> fields = new LinkedHashMap<>();
        String[] entryType = entryType(type);
        if (type.equals("book") && v.get("number") != null && v.get("collection-number") == null) {
            entryType[0] = "manual"; // a book whose number is its own, not its series'
        }
        if (!entryType[1].isEmpty()) {
            fields.put("entrysubtype", entryType[1]);
        }
        String language = text(v, "language");
        boolean english = language.isEmpty() || language.startsWith("en-");
        names(fields, "author", v.get("author"));
        names(fields, "editor", v.get("editor"));
        names(fields, "translator", v.get("translator"));
        names(fields, "bookauthor", v.get("container-author"));
        names(fields, "director", v.get("director"));
        boolean volume = v.get("volume-title") != null;
        if (volume && chapterlike) { // a chapter of one volume of a multi-volume work
            title(fields, "maintitle", v, "container-title", english);
            title(fields, "booktitle", v, "volume-title", english);
        } else if (volume) { // one volume of a multi-volume work
            title(fields, "maintitle", v, "title", english);
            title(fields, "title", v, "volume-title", english);
        }
        title(fields, "title", v, "title", english);
        if (v.get("title-short") == null && fields.containsKey("title")) {
            // the reader takes a title's part before a colon as its short title: this one had none
            fields.put("title", fields.get("title").replace(":", "{:}"));
        }
        title(fields, "shorttitle", v, "title-short", english);
        title(fields, chapterlike ? "booktitle" : "journaltitle", v, "container-title", english && chapterlike);
        title(fields, "shortjournal", v, "container-title-short", false);
        title(fields, "series", v, "collection-title", english);
        title(fields, "eventtitle", v, "event", english);
        title(fields, "origtitle", v, "original-title", english);
        date(fields, "", v.get("issued"));
        date(fields, "event", v.get("event-date"));
        date(fields, "orig", v.get("original-date"));
        date(fields, "url", v.get("accessed"));
        literal(fields, "pages", v, "page");
        literal(fields, "pagetotal", v, "number-of-pages");
        literal(fields, "volume", v, "volume");
        literal(fields, "volumes", v, "number-of-volumes");
        literal(fields, "chapter", v, "chapter-number");
        literal(fields, "edition", v, "edition");
        literal(fields, "version", v, "version");
        literal(fields, "number", v, "collection-number");
        literal(fields, "number", v, "issue");
        literal(fields, "number", v, "number");
        list(fields, "publisher", text(v, "publisher"));
        list(fields, "location", text(v, type.equals("patent") ? "jurisdiction" : "publisher-place"));
        literal(fields, "venue", v, "event-place");
        literal(fields, "origpublisher", v, "original-publisher");
        list(fields, "origlocation", text(v, "original-publisher-place"));
        raw(fields, "url", text(v, "URL"));
        raw(fields, "doi", text(v, "DOI"));
        raw(fields, "isbn", text(v, "ISBN"));
        raw(fields, "issn", text(v, "ISSN"));
        raw(fields, "pmid", text(v, "PMID"));
        raw(fields, "pmcid", text(v, "PMCID"));
        raw(fields, "library", text(v, "call-number"));
        literal(fields, "type", v, "genre");
        literal(fields, "note", v, "note");
        literal(fields, "annotation", v, "annote");
        literal(fields, "abstract", v, "abstract");
        literal(fields, "keywords", v, "keyword");
        literal(fields, "pubstate", v, "status");
        if (!language.isEmpty()) {
            fields.put("langid", LatexSymbols.babel(language));
        }
        out.append('@').append(entryType[0]).append('{').append(safeKey(entry.key())).append(",\n");
        fields.forEach((name, value) -> out.append("  ").append(name).append(" = {").append(value).append("},\n"));
        out.append("}\n\n");
    }

    /** The entry type and subtype that read back as this CSL type. */
    private static String[] entryType(String type) {
        return switch (type) {
            case "article-journal" -> new String[] {"article", ""};
            case "article-magazine" -> new String[] {"article", "magazine"};
            case "article-newspaper" -> new String[] {"article", "newspaper"};
            case "book" -> new String[] {"book", ""};
            case "chapter" -> new String[] {"incollection", ""};
            case "paper-conference" -> new String[] {"inproceedings", ""};
            case "entry-encyclopedia", "entry-dictionary" -> new String[] {"inreference", ""};
            case "thesis" -> new String[] {"thesis", ""};
            case "report" -> new String[] {"report", ""};
            case "webpage", "post", "post-weblog" -> new String[] {"online", ""};
            case "dataset" -> new String[] {"dataset", ""};
            case "patent" -> new String[] {"patent", ""};
            case "manuscript" -> new String[] {"unpublished", ""};
            case "speech" -> new String[] {"performance", ""};
            case "pamphlet" -> new String[] {"booklet", ""};
            case "graphic" -> new String[] {"artwork", ""};
            case "song" -> new String[] {"audio", ""};
            case "legal_case" -> new String[] {"jurisdiction", ""};
            case "legislation" -> new String[] {"legislation", ""};
            case "treaty" -> new String[] {"legal", ""};
            case "personal_communication" -> new String[] {"letter", ""};
            case "motion_picture" -> new String[] {"movie", ""};
            case "review" -> new String[] {"review", ""};
            default -> new String[] {"misc", ""};
        };
    }

    private static String text(Map<String, Object> v, String name) {
        Object value = v.get(name);
        return value == null ? "" : String.valueOf(value).replace(BibTeXReader.PAGE_SLASH, "/");
    }

    private static void literal(Map<String, String> fields, String field, Map<String, Object> v, String variable) {
        String value = text(v, variable);
        if (!value.isEmpty()) {
            fields.putIfAbsent(field, words(value, false));
        }
    }

    /** A biblatex list field: CSL joins the list's items with "; ". */
    private static void list(Map<String, String> fields, String field, String value) {
        if (value.isEmpty()) {
            return;
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split("; ", -1)) {
            items.add(words(item, false).replace(" and ", " {and} "));
        }
        fields.put(field, String.join(" and ", items));
    }

    private static void title(Map<String, String> fields, String field, Map<String, Object> v, String variable,
            boolean sentenceCased) {
        String value = text(v, variable);
        if (!value.isEmpty()) {
            fields.putIfAbsent(field, words(value, sentenceCased));
        }
    }

    private static void raw(Map<String, String> fields, String field, String value) {
        if (!value.isEmpty()) {
            // a raw field ends at its closing brace: keep braces out of it
            fields.put(field, value.replace("{", "%7B").replace("}", "%7D"));
        }
    }

    /**
     * A value in LaTeX: special characters escaped, each run of protected words in one brace
     * group (opened where the first protected word starts, after any punctuation before it), and,
     * in a title read in sentence case, each part of a word that the reader's sentence case would
     * change braced, so that it keeps its case.
     */
    private static String words(String value, boolean sentenceCased) {
        StringBuilder out = new StringBuilder();
        String[] words = value.split(" ", -1);
        String[] reread = sentenceCased ? TitleCase.sentenceCase(value.replace(BibTeXReader.KEEP_CASE, "")).split(" ", -1) : words;
        boolean inGroup = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            int mark = word.indexOf(BibTeXReader.KEEP_CASE);
            if (i > 0) {
                out.append(inGroup && mark < 0 ? "} " : " ");
                inGroup = inGroup && mark >= 0;
            }
            if (mark >= 0) {
                if (!inGroup) {
                    out.append(escape(word.substring(0, mark))).append('{');
                    word = word.substring(mark);
                    inGroup = true;
                }
                out.append(escape(word.replace(BibTeXReader.KEEP_CASE, "")));
            } else if (sentenceCased && (reread.length != words.length || !reread[i].equals(word))) {
                // the reader would change this word's case: brace the parts it lower-cases (all capitalised ones, should
                // the two not align)
                String[] parts = word.split("-", -1);
                String[] readParts = reread.length == words.length ? reread[i].split("-", -1) : new String[0];
                for (int p = 0; p < parts.length; p++) {
                    out.append(p > 0 ? "-" : "");
                    // only capitals: a first word in lower case would read back capitalised, braced or not (braces mark it nocase)
                    boolean lowered = startsUpper(parts[p]) && (readParts.length != parts.length || !readParts[p].equals(parts[p]));
                    out.append(lowered ? "{" + escape(parts[p]) + "}" : escape(parts[p]));
                }
            } else {
                out.append(escape(word));
            }
        }
        if (inGroup) {
            out.append('}');
        }
        return out.toString();
    }

    private static boolean startsUpper(String word) {
        return word.codePoints().filter(Character::isLetter).findFirst().stream().anyMatch(Character::isUpperCase);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '<' -> out.append("\\textless{}");
                case '>' -> out.append("\\textgreater{}");
                case '\n' -> out.append("\\\\\n"); // a line break, read back as one
                case '\r' -> { }
                case '\'' -> out.append("{\\'}"); // an accent on nothing: a straight quote, where ' reads as ’
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void names(Map<String, String> fields, String field, Object value) {
        if (!(value instanceof List<?> names) || names.isEmpty()) {
            return;
        }
        List<String> written = new ArrayList<>();
        for (Object each : names) {
            if (each instanceof Map<?, ?> name) {
                written.add(name(name));
            }
        }
        fields.put(field, String.join(" and ", written));
    }

    private static String name(Map<?, ?> name) {
        String literal = part(name, "literal");
        if (!literal.isEmpty()) {
            return literal.equals("others") ? "others" : "{" + escape(literal) + "}";
        }
        String family = part(name, "family");
        String given = part(name, "given");
        String suffix = part(name, "suffix");
        String dropping = part(name, "dropping-particle");
        String nonDropping = part(name, "non-dropping-particle");
        if (!dropping.isEmpty() || !nonDropping.isEmpty()) {
            List<String> parts = new ArrayList<>();
            parts.add("family=" + extended(family));
            if (!given.isEmpty()) {
                parts.add("given=" + extended(given));
            }
            parts.add("prefix=" + extended(nonDropping.isEmpty() ? dropping : nonDropping));
            parts.add("useprefix=" + !nonDropping.isEmpty());
            if (!suffix.isEmpty()) {
                parts.add("suffix=" + extended(suffix));
            }
            return String.join(", ", parts);
        }
        String last = family.contains(" ") || !startsUpper(family) ? "{" + escape(family) + "}" : escape(family);
        if (given.isEmpty() && suffix.isEmpty()) {
            return last + ",";
        }
        return last + (suffix.isEmpty() ? "" : ", " + escape(suffix)) + ", " + escape(given);
    }

    /** A value in the {@code key=value} name form, where a comma would end it. */
    private static String extended(String value) {
        return escape(value).replace(",", "{,}");
    }

    private static String part(Map<?, ?> name, String key) {
        Object value = name.get(key);
        return value == null ? "" : String.valueOf(value).replace(BibTeXReader.KEEP_CASE, "").strip();
    }

    private static void date(Map<String, String> fields, String prefix, Object value) {
        if (!(value instanceof Map<?, ?> date)) {
            return;
        }
        if (date.get("date-parts") instanceof List<?> ranges && !ranges.isEmpty()) {
            List<String> iso = new ArrayList<>();
            for (Object range : ranges) {
                if (range instanceof List<?> parts && !parts.isEmpty()) {
                    StringBuilder d = new StringBuilder();
                    for (int i = 0; i < parts.size(); i++) {
                        int n = ((Number) parts.get(i)).intValue();
                        d.append(i == 0 ? String.format(Locale.ROOT, n < 0 ? "%05d" : "%04d", n < 0 ? n + 1 : n)
                                : String.format(Locale.ROOT, "-%02d", n));
                    }
                    iso.add(d.toString());
                }
            }
            String circa = Boolean.TRUE.equals(date.get("circa")) ? "~" : "";
            fields.put(prefix + "date", String.join("/", iso) + circa);
            return;
        }
        Object text = date.get("literal") != null ? date.get("literal") : date.get("raw");
        if (text != null) {
            fields.put(prefix + "year", escape(String.valueOf(text)));
        }
    }
}
