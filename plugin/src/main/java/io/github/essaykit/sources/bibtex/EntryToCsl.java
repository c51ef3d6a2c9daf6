package io.github.essaykit.sources.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One entry's fields as CSL variables, field by field as pandoc 2.17 maps them
 * ({@code Text.Pandoc.Citeproc.BibTeX.itemToReference}): values that hold LaTeX are kept as
 * inlines (rendered by {@link CslText}), names, dates and raw values (URL, DOI…) as they are.
 */
final class EntryToCsl {

    private static final Set<String> BOOKISH = Set.of("book", "collection", "proceedings", "reference", "mvbook",
            "mvcollection", "mvproceedings", "mvreference", "bookinbook", "inbook", "incollection", "inproceedings",
            "inreference", "suppbook", "suppcollection");

    private final BibEntry entry;
    private final boolean bibtex;
    private final Map<String, String> fields;
    private boolean sentenceCase = true;
    /** Whether a title was sentence-cased and changed by it. */
    private boolean sentenceCased;

    private EntryToCsl(BibEntry entry, boolean bibtex) {
        this.entry = entry;
        this.bibtex = bibtex;
        this.fields = entry.fields();
    }

    /**
     * CSL variables by name ({@code List<Inline>}, String, names ({@code List<Map>}) or a date
     * (Map)), and {@code asWritten} the same with every title as written where it was sentence-cased
     * (null when none was): pandoc sentence-cases an English title for the style to title-case,
     * which CSL does for English only (CSL 1.0.2, Text-case), so another locale prints it as written.
     */
    record Variables(Map<String, Object> vars, Map<String, Object> asWritten) {}

    static Variables variables(BibEntry entry, boolean bibtex) {
        EntryToCsl converter = new EntryToCsl(entry, bibtex);
        Map<String, Object> vars = converter.convert();
        Map<String, Object> written = null;
        if (converter.sentenceCased) { // the title variables again, made of the same fields left as written
            EntryToCsl asWritten = new EntryToCsl(entry, bibtex);
            asWritten.sentenceCase = false;
            written = new TreeMap<>(vars);
            new Titles(asWritten, entry.type()).put(written);
        }
        return new Variables(vars, written);
    }

    private Map<String, Object> convert() {
        Map<String, Object> vars = new TreeMap<>();
        String et = entry.type();
        String[] typeAndGenre = typeAndGenre();
        vars.put("id", entry.key());
        vars.put("type", typeAndGenre[0]);
        put(vars, "other-ids", raw("ids"));
        put(vars, "genre", typeAndGenre[1]);
        String language = language();
        put(vars, "language", language);
        sentenceCase = language == null || language.startsWith("en-");
        Map<String, String> options = options();
        boolean useprefix = optionSet(options, "useprefix");
        boolean juniorcomma = optionSet(options, "juniorcomma");
        // a field naming nobody (editor = "", common in templates) is no variable, as for pandoc
        Function<String, Object> names = f -> {
            List<Map<String, Object>> read = raw(f) == null ? List.of() : BibNames.read(raw(f), bibtex, useprefix, juniorcomma);
            return read.isEmpty() ? null : read;
        };
        put(vars, "author", names.apply("author"));
        put(vars, "container-author", names.apply("bookauthor"));
        put(vars, "translator", names.apply("translator"));
        boolean directorType = "director".equals(raw("editortype"));
        put(vars, directorType ? "director" : "editor", names.apply("editor"));
        if (!directorType) {
            put(vars, "director", names.apply("director"));
        }
        put(vars, "issued", date("date", ""));
        put(vars, "event-date", date("eventdate", "event"));
        put(vars, "original-date", date("origdate", "orig"));
        put(vars, "accessed", date("urldate", "url"));

        List<Inline> pages = field("pages");
        put(vars, "page", pages == null ? null : InlineLists.enDashToHyphen(pages));
        put(vars, "number-of-pages", field("pagetotal"));
        List<Inline> volume = field("volume");
        List<Inline> part = field("part");
        put(vars, "volume", volume != null && part != null ? InlineLists.concat(volume, List.of(Inline.str(".")), part)
                : volume != null ? volume : part);
        put(vars, "number-of-volumes", field("volumes"));
        put(vars, "chapter-number", field("chapter"));
        put(vars, "edition", field("edition"));
        put(vars, "version", field("version"));
        List<Inline> number = field("number");
        boolean isArticle = Set.of("article", "periodical", "suppperiodical", "review").contains(et);
        if (number != null) {
            if (BOOKISH.contains(et)) {
                put(vars, "collection-number", number);
            } else if (isArticle) {
                List<Inline> issue = field("issue");
                put(vars, "issue", issue == null ? number : InlineLists.concatWith(',', List.of(number, issue)));
            } else {
                put(vars, "number", number);
            }
        }
        new Titles(this, et).put(vars);
        put(vars, "publisher", publisher());
        put(vars, "original-publisher", field("origpublisher"));
        put(vars, "event-place", field("venue"));
        List<Inline> address = bibtex ? field("address") : first(literalList("address"),
                et.equals("patent") ? null : literalList("location"));
        put(vars, "publisher-place", address);
        put(vars, "original-publisher-place", bibtex ? field("origlocation") : literalList("origlocation"));
        if (typeAndGenre[0].equals("patent") && raw("location") != null) {
            List<List<Inline>> places = new ArrayList<>();
            for (List<Inline> place : BibNames.splitByAnd(LatexReader.read(raw("location")))) {
                places.add(InlineLists.resolveKeys(place));
            }
            put(vars, "jurisdiction", InlineLists.concatWith(';', places));
        }
        put(vars, "url", url(et, options));
        put(vars, "doi", "false".equals(options.get("doi")) ? null : raw("doi"));
        put(vars, "isbn", raw("isbn"));
        put(vars, "issn", raw("issn"));
        put(vars, "pmid", raw("pmid"));
        put(vars, "pmcid", raw("pmcid"));
        put(vars, "call-number", raw("library"));
        put(vars, "annote", first(field("annotation"), field("annote")));
        put(vars, "abstract", field("abstract"));
        put(vars, "keyword", field("keywords"));
        List<List<Inline>> notes = new ArrayList<>();
        if (!et.equals("periodical") && field("note") != null) {
            notes.add(field("note"));
        }
        if (!bibtex && field("addendum") != null) {
            notes.add(field("addendum"));
        }
        put(vars, "note", notes.isEmpty() ? null : InlineLists.concatWith('.', notes));
        List<Inline> pubstate = field("pubstate");
        if (pubstate != null) {
            put(vars, "status", InlineLists.resolveKeys(pubstate));
        } else if (vars.get("issued") instanceof Map<?, ?> issued && "forthcoming".equals(issued.get("literal"))) {
            put(vars, "status", List.of(Inline.str("forthcoming")));
        }
        return vars;
    }

    private String[] typeAndGenre() {
        String et = entry.type();
        String given = raw("type") == null ? "" : LatexSymbols.bibstring(raw("type"));
        String st = raw("entrysubtype") == null ? "" : raw("entrysubtype");
        boolean isEvent = raw("eventdate") != null || raw("eventtitle") != null || raw("venue") != null;
        String periodical = st.equals("magazine") ? "article-magazine"
                : st.equals("newspaper") ? "article-newspaper" : "article-journal";
        String type = switch (et) {
            case "article", "periodical", "suppperiodical" -> periodical;
            case "book", "collection", "manual", "mvbook", "mvcollection", "mvproceedings", "mvreference",
                    "proceedings", "reference", "software", "commentary" -> "book";
            case "booklet" -> "pamphlet";
            case "bookinbook", "inbook", "incollection", "suppbook", "suppcollection" -> "chapter";
            case "dataset", "data" -> "dataset";
            case "electronic", "online", "www" -> "webpage";
            case "inreference" -> "entry-encyclopedia";
            case "inproceedings" -> "paper-conference";
            case "mastersthesis", "phdthesis", "thesis" -> "thesis";
            case "patent" -> "patent";
            case "report", "techreport" -> "report";
            case "unpublished" -> isEvent ? "speech" : "manuscript";
            case "artwork", "image" -> "graphic";
            case "audio", "music" -> "song";
            case "jurisdiction" -> "legal_case";
            case "legislation", "standard" -> "legislation";
            case "legal" -> "treaty";
            case "letter", "letters" -> "personal_communication";
            case "movie", "video" -> "motion_picture";
            case "performance" -> "speech";
            case "review" -> "review";
            case "newsarticle" -> "article-newspaper";
            default -> "";
        };
        String genre = switch (et) {
            case "mastersthesis" -> given.isEmpty() ? LatexSymbols.bibstring("mathesis") : given;
            case "phdthesis" -> given.isEmpty() ? LatexSymbols.bibstring("phdthesis") : given;
            default -> given.isEmpty() ? null : given;
        };
        return new String[] {type, genre};
    }

    private String language() {
        String langid = raw("langid");
        String value = null;
        if (langid != null) {
            String id = langid.strip().toLowerCase(Locale.ROOT);
            List<Inline> opts = field("langidopts");
            String idopts = opts == null ? "" : Inline.plain(opts).strip().toLowerCase(Locale.ROOT);
            value = !id.equals("english") ? id : switch (idopts) {
                case "variant=british", "variant=uk" -> "british";
                case "variant=american", "variant=us", "variant=usmax" -> "american";
                case "variant=australian" -> "australian";
                case "variant=newzealand" -> "newzealand";
                default -> id;
            };
        } else if (raw("hyphenation") != null) {
            value = raw("hyphenation");
        }
        return value == null ? null : LatexSymbols.ietf(value.toLowerCase(Locale.ROOT));
    }

    private Map<String, String> options() {
        Map<String, String> options = new TreeMap<>();
        if (raw("options") != null) {
            for (String option : raw("options").split(",", -1)) {
                int eq = option.indexOf('=');
                String key = (eq < 0 ? option : option.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : option.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
                options.putIfAbsent(key, value);
            }
        }
        return options;
    }

    private static boolean optionSet(Map<String, String> options, String key) {
        String value = options.get(key);
        return value != null && (value.equals("true") || value.isEmpty());
    }

    private Map<String, Object> date(String isoField, String prefix) {
        if (raw(isoField) != null) {
            Map<String, Object> date = BibDates.iso(raw(isoField));
            if (date != null) {
                return date;
            }
        }
        return BibDates.old(prefix, f -> field(f) == null ? null : Inline.plain(field(f)), this::raw);
    }

    private List<Inline> publisher() {
        List<List<Inline>> parts = new ArrayList<>();
        for (String f : List.of("school", "institution", "organization", "howpublished", "publisher")) {
            List<Inline> value = bibtex || f.equals("howpublished") ? field(f) : literalList(f);
            if (value != null) {
                parts.add(value);
            }
        }
        return parts.isEmpty() ? null : InlineLists.concatWith(';', parts);
    }

    private String url(String et, Map<String, String> options) {
        if ((et.equals("online") || !"false".equals(options.get("url"))) && raw("url") != null) {
            return raw("url");
        }
        String eprinttype = raw("eprinttype");
        String eprint = raw("eprint");
        if (eprinttype == null || eprint == null) {
            return null;
        }
        String base = switch (eprinttype.toLowerCase(Locale.ROOT)) {
            case "arxiv" -> "https://arxiv.org/abs/";
            case "jstor" -> "https://www.jstor.org/stable/";
            case "pubmed" -> "https://www.ncbi.nlm.nih.gov/pubmed/";
            case "googlebooks" -> "https://books.google.com?id=";
            default -> null;
        };
        return base == null ? null : base + eprint;
    }

    String raw(String name) {
        return fields.get(name);
    }

    List<Inline> field(String name) {
        String value = fields.get(name);
        return value == null ? null : LatexReader.read(value);
    }

    /** A title field, sentence-cased if the entry is in English. */
    List<Inline> title(String name) {
        List<Inline> value = field(name);
        if (value == null || !sentenceCase) {
            return value;
        }
        List<Inline> sentence = TitleCase.toSentenceCase(value);
        sentenceCased |= !sentence.equals(value);
        return sentence;
    }

    /** A biblatex list field ("A and B") as "A; B". */
    private List<Inline> literalList(String name) {
        String value = fields.get(name);
        if (value == null) {
            return null;
        }
        List<Inline> out = new ArrayList<>();
        for (List<Inline> part : BibNames.splitByAnd(LatexReader.read(value))) {
            if (!out.isEmpty()) {
                out.add(Inline.str(";"));
                out.add(Inline.SPACE_INLINE);
            }
            out.addAll(part);
        }
        return Inline.normalise(out);
    }

    @SafeVarargs
    static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static void put(Map<String, Object> vars, String name, Object value) {
        if (value != null) {
            vars.put(name, value);
        }
    }
}
