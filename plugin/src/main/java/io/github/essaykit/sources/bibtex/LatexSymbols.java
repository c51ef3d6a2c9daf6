package io.github.essaykit.sources.bibtex;

import java.util.Locale;
import java.util.Map;

/**
 * What LaTeX commands in field values mean, as pandoc 2.17's LaTeX reader reads them (each entry
 * checked with {@code pandoc -f bibtex -t csljson}); a command not listed here is dropped with
 * its arguments, as pandoc drops raw LaTeX.
 */
final class LatexSymbols {

    private LatexSymbols() {}

    /** Accent commands and the combining mark each puts on the first letter of its argument. */
    static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("'", '\u0301'), Map.entry("`", '\u0300'), Map.entry("^", '\u0302'),
            Map.entry("\"", '\u0308'), Map.entry("~", '\u0303'), Map.entry("=", '\u0304'),
            Map.entry(".", '\u0307'), Map.entry("u", '\u0306'), Map.entry("v", '\u030C'),
            Map.entry("H", '\u030B'), Map.entry("c", '\u0327'), Map.entry("d", '\u0323'),
            Map.entry("b", '\u0331'), Map.entry("r", '\u030A'), Map.entry("k", '\u0328'),
            Map.entry("t", '\u0361'));

    /** Commands without arguments that stand for text. */
    static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("aa", "å"), Map.entry("AA", "Å"),
            Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"),
            Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("j", "ȷ"),
            Map.entry("ss", "ß"), Map.entry("ldots", "…"), Map.entry("dots", "…"),
            Map.entry("textbackslash", "\\"), Map.entry("textasciitilde", "~"),
            Map.entry("textasciicircum", "^"), Map.entry("S", "§"), Map.entry("P", "¶"),
            Map.entry("copyright", "©"), Map.entry("pounds", "£"), Map.entry("euro", "€"),
            Map.entry("TeX", "TeX"), Map.entry("LaTeX", "LaTeX"), Map.entry("textless", "<"),
            Map.entry("textgreater", ">"), Map.entry("slash", "/"), Map.entry("hyphen", "-"),
            Map.entry("lq", "‘"), Map.entry("rq", "’"), Map.entry("textquoteleft", "‘"),
            Map.entry("textquoteright", "’"), Map.entry("textquotedblleft", "“"),
            Map.entry("textquotedblright", "”"));

    /** One-argument commands and what they make of their argument. */
    static final Map<String, Inline.Kind> FORMATS = Map.ofEntries(
            Map.entry("emph", Inline.Kind.EMPH), Map.entry("textit", Inline.Kind.EMPH),
            Map.entry("textsl", Inline.Kind.EMPH), Map.entry("mkbibemph", Inline.Kind.EMPH),
            Map.entry("mkbibitalic", Inline.Kind.EMPH),
            Map.entry("textbf", Inline.Kind.STRONG), Map.entry("mkbibbold", Inline.Kind.STRONG),
            Map.entry("textsc", Inline.Kind.SMALLCAPS),
            Map.entry("textsuperscript", Inline.Kind.SUP), Map.entry("textsubscript", Inline.Kind.SUB),
            Map.entry("underline", Inline.Kind.UNDERLINE), Map.entry("uline", Inline.Kind.UNDERLINE),
            Map.entry("enquote", Inline.Kind.QUOTED), Map.entry("mkbibquote", Inline.Kind.QUOTED),
            Map.entry("textsf", Inline.Kind.SPAN), Map.entry("textrm", Inline.Kind.SPAN),
            Map.entry("textup", Inline.Kind.SPAN), Map.entry("textmd", Inline.Kind.SPAN),
            Map.entry("textnormal", Inline.Kind.SPAN), Map.entry("sout", Inline.Kind.SPAN),
            Map.entry("autocap", Inline.Kind.GROUP));

    /** Declarations that format the rest of their group ({@code {\em x}}). */
    static final Map<String, Inline.Kind> DECLARATIONS = Map.of(
            "em", Inline.Kind.EMPH, "it", Inline.Kind.EMPH, "itshape", Inline.Kind.EMPH,
            "sl", Inline.Kind.EMPH, "bf", Inline.Kind.STRONG, "bfseries", Inline.Kind.STRONG);

    /**
     * biblatex localisation keys (English), for {@code \bibstring{…}}, an undefined macro name
     * and the {@code type} field: the few a database uses.
     */
    private static final Map<String, String> BIBSTRINGS = Map.ofEntries(
            Map.entry("and", "and"), Map.entry("volume", "volume"), Map.entry("jourser", "series"),
            Map.entry("newseries", "new series"), Map.entry("oldseries", "old series"),
            Map.entry("edition", "edition"), Map.entry("bathesis", "Bachelor’s thesis"),
            Map.entry("mathesis", "Master’s thesis"), Map.entry("phdthesis", "PhD thesis"),
            Map.entry("candthesis", "Candidate thesis"), Map.entry("resreport", "research report"),
            Map.entry("techreport", "technical report"), Map.entry("software", "computer software"),
            Map.entry("datacd", "CD-ROM"), Map.entry("audiocd", "audio CD"),
            Map.entry("inpreparation", "in preparation"), Map.entry("submitted", "submitted"),
            Map.entry("forthcoming", "forthcoming"), Map.entry("inpress", "in press"),
            Map.entry("prepublished", "pre-published"), Map.entry("patent", "patent"),
            Map.entry("patentde", "German patent"), Map.entry("patenteu", "European patent"),
            Map.entry("patentfr", "French patent"), Map.entry("patentuk", "British patent"),
            Map.entry("patentus", "U.S. patent"), Map.entry("patreq", "patent request"),
            Map.entry("patreqde", "German patent request"), Map.entry("patreqeu", "European patent request"),
            Map.entry("patreqfr", "French patent request"), Map.entry("patrequk", "British patent request"),
            Map.entry("patrequs", "U.S. patent request"), Map.entry("countryde", "Germany"),
            Map.entry("countryeu", "European Union"), Map.entry("countryep", "European Union"),
            Map.entry("countryfr", "France"),
            Map.entry("january", "January"), Map.entry("february", "February"), Map.entry("march", "March"),
            Map.entry("april", "April"), Map.entry("may", "May"), Map.entry("june", "June"),
            Map.entry("july", "July"), Map.entry("august", "August"), Map.entry("september", "September"),
            Map.entry("october", "October"), Map.entry("november", "November"),
            Map.entry("december", "December"), Map.entry("langenglish", "English"),
            Map.entry("langfrench", "French"), Map.entry("langgerman", "German"),
            Map.entry("countryus", "United States of America"), Map.entry("countryuk", "United Kingdom"),
            Map.entry("bibliography", "Bibliography"), Map.entry("references", "References"),
            Map.entry("url", "address"), Map.entry("spring", "Spring"), Map.entry("summer", "Summer"),
            Map.entry("autumn", "Autumn"), Map.entry("winter", "Winter"), Map.entry("am", "AM"),
            Map.entry("pm", "PM"), Map.entry("jourvol", "volume"), Map.entry("andothers", "et al."),
            Map.entry("nodate", "no date"), Map.entry("continuator", "continued"));

    /** A biblatex localisation key's English text, or the key itself. */
    static String bibstring(String key) {
        return BIBSTRINGS.getOrDefault(key.toLowerCase(Locale.ROOT), key);
    }

    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("english", "en-US"), Map.entry("usenglish", "en-US"), Map.entry("american", "en-US"),
            Map.entry("british", "en-GB"), Map.entry("ukenglish", "en-GB"), Map.entry("canadian", "en-US"),
            Map.entry("australian", "en-GB"), Map.entry("newzealand", "en-GB"), Map.entry("afrikaans", "af-ZA"),
            Map.entry("arabic", "ar"), Map.entry("basque", "eu"), Map.entry("bulgarian", "bg-BG"),
            Map.entry("catalan", "ca-AD"), Map.entry("croatian", "hr-HR"), Map.entry("czech", "cs-CZ"),
            Map.entry("danish", "da-DK"), Map.entry("dutch", "nl-NL"), Map.entry("estonian", "et-EE"),
            Map.entry("finnish", "fi-FI"), Map.entry("canadien", "fr-CA"), Map.entry("acadian", "fr-CA"),
            Map.entry("french", "fr-FR"), Map.entry("francais", "fr-FR"), Map.entry("austrian", "de-AT"),
            Map.entry("naustrian", "de-AT"), Map.entry("german", "de-DE"), Map.entry("germanb", "de-DE"),
            Map.entry("ngerman", "de-DE"), Map.entry("greek", "el-GR"), Map.entry("polutonikogreek", "el-GR"),
            Map.entry("hebrew", "he-IL"), Map.entry("hungarian", "hu-HU"), Map.entry("icelandic", "is-IS"),
            Map.entry("italian", "it-IT"), Map.entry("japanese", "ja-JP"), Map.entry("latvian", "lv-LV"),
            Map.entry("lithuanian", "lt-LT"), Map.entry("magyar", "hu-HU"), Map.entry("mongolian", "mn-MN"),
            Map.entry("norsk", "nb-NO"), Map.entry("nynorsk", "nn-NO"), Map.entry("farsi", "fa-IR"),
            Map.entry("polish", "pl-PL"), Map.entry("brazil", "pt-BR"), Map.entry("brazilian", "pt-BR"),
            Map.entry("portugues", "pt-PT"), Map.entry("portuguese", "pt-PT"), Map.entry("romanian", "ro-RO"),
            Map.entry("russian", "ru-RU"), Map.entry("serbian", "sr-RS"), Map.entry("serbianc", "sr-RS"),
            Map.entry("slovak", "sk-SK"), Map.entry("slovene", "sl-SL"), Map.entry("spanish", "es-ES"),
            Map.entry("swedish", "sv-SE"), Map.entry("thai", "th-TH"), Map.entry("turkish", "tr-TR"),
            Map.entry("ukrainian", "uk-UA"), Map.entry("vietnamese", "vi-VN"), Map.entry("latin", "la"));

    /** A babel language name (langid) as an IETF tag; anything else unchanged. */
    static String ietf(String language) {
        return LANGUAGES.getOrDefault(language, language);
    }

    /** The babel name that {@link #ietf} reads as this language tag (the first in order), or the tag itself. */
    static String babel(String ietf) {
        return LANGUAGES.entrySet().stream().filter(e -> e.getValue().equals(ietf)).map(Map.Entry::getKey).sorted()
                .findFirst().orElse(ietf);
    }
}
