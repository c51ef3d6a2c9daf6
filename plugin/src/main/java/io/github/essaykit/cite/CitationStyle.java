package io.github.essaykit.cite;

import de.undercouch.citeproc.CSL;
import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.CodeStamp;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.discover.InputText;
import io.github.essaykit.diagnostic.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CSL style and locale, loaded once per build and shared: parsed style XML per citation
 * position (see {@link StyleVariants}), whether it is a note style, its citation layout affixes.
 * Each essay builds its own citeproc processors from it, since those are stateful.
 */
public final class CitationStyle {

    private final String name;
    private final String styleXml;
    private final String localeId;
    private final String localeXml;
    private final StyleFacts facts;
    /** The parsed style, made when a variant's XML is first asked for: a build whose citations are all cached asks for none. */
    private volatile StyleVariants parsed;
    private final Map<Variant, String> variants = new ConcurrentHashMap<>();
    private final Map<Variant, Boolean> numbered = new ConcurrentHashMap<>();

    private CitationStyle(String name, String styleXml, String localeId, String localeXml, StyleFacts facts, StyleVariants parsed) {
        this.name = name;
        this.styleXml = styleXml;
        this.localeId = localeId;
        this.localeXml = localeXml;
        this.facts = facts;
        this.parsed = parsed;
    }

    private CitationStyle(String name, String styleXml, String localeId, String localeXml, StyleVariants parsed) {
        this(name, styleXml, localeId, localeXml, facts(parsed, localeId, localeXml != null ? localeXml : localeResource(localeId)), parsed);
    }

    private static StyleFacts facts(StyleVariants parsed, String localeId, String localeXml) {
        String delimiter = parsed.localeTerm("page-range-delimiter", localeId); // the style's own word first, as CSL asks
        if (delimiter == null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<term name=\"page-range-delimiter\">([^<]*)</term>").matcher(localeXml);
            // the term's text as XML reads it: fr-FR writes its non-breaking hyphen as "&#8209;"
            delimiter = m.find() ? org.jsoup.parser.Parser.unescapeEntities(m.group(1), false) : "\u2013";
        }
        return StyleFacts.of(parsed, localeOption(localeXml, "punctuation-in-quote"), delimiter);
    }

    /** What the build reads of the style besides its variants' XML. */
    StyleFacts facts() {
        return facts;
    }

    /** Whether the style's XML has been parsed (tests: a build whose citations are cached parses none). */
    boolean parsedYet() {
        return parsed != null;
    }

    private StyleVariants parsed() {
        StyleVariants known = parsed;
        if (known == null) {
            synchronized (this) {
                if (parsed == null) {
                    parsed = StyleVariants.parse(styleXml);
                }
                known = parsed;
            }
        }
        return known;
    }

    /** What loading a style gives: the style, or null with an error saying why. */
    public record Loaded(CitationStyle style, Diagnostics diagnostics) {}

    /**
     * Loads a style by official id ({@code chicago-author-date}) or {@code .csl} file, and a locale
     * by id ({@code en-US}, or a language whose primary dialect CSL names: {@code de} reads as
     * de-DE) or {@code .xml}/{@code .csl} file; files resolve against baseDirectory. With no
     * locale (null), the style's own {@code default-locale}, else en-US, as pandoc and CSL 1.0.2
     * (Locale Fallback) choose.
     */
    public static Loaded load(String style, String locale, Path baseDirectory) {
        return load(style, locale, baseDirectory, ResultCache.NONE);
    }

    /**
     * As {@link #load(String, String, Path)}, the style's {@link StyleFacts} taken from {@code cache}
     * when an earlier build with this code found them in the same style and locale: the style's
     * XML is then parsed only if a citation must be formatted.
     */
    public static Loaded load(String style, String locale, Path baseDirectory, ResultCache cache) {
        InputText.Read styleFile = isFile(style) ? read(baseDirectory, style) : null;
        InputText.Read localeFile = locale != null && isFile(locale) ? read(baseDirectory, locale) : null;
        for (InputText.Read file : new InputText.Read[] {styleFile, localeFile}) {
            if (file != null && !file.ok()) {
                return new Loaded(null, Diagnostics.of(List.of(file.problem())));
            }
        }
        String styleXml;
        try {
            styleXml = styleFile != null ? styleFile.text() : resource(style + ".csl");
        } catch (IOException e) {
            return failure("cannot read style '" + style + "': " + e.getMessage());
        }
        if (styleXml == null) {
            return failure("unknown citation style '" + style + "'" + suggestion(style));
        }
        String localeId;
        String localeXml = null;
        try {
            if (locale == null) {
                String own = defaultLocale(styleXml);
                localeId = own == null ? null : localeFor(own);
                if (localeId == null) {
                    localeId = "en-US";
                }
            } else if (isFile(locale)) {
                localeXml = localeFile.text();
                localeId = "x-file";
            } else {
                localeId = localeFor(locale);
                if (localeId == null) {
                    return failure("unknown locale '" + locale + "'");
                }
            }
            return new Loaded(made(style, styleXml, localeId, localeXml, cache), Diagnostics.NONE);
        } catch (RuntimeException e) {
            return failure("malformed style '" + style + "': " + e.getMessage());
        }
    }

    private static CitationStyle made(String name, String styleXml, String localeId, String localeXml, ResultCache cache) {
        String key = cache.keeps() ? Fingerprint.start("style facts").add(CodeStamp.current()).add(name).add(styleXml).add(localeId)
                .add(localeXml).hex() : null;
        if (key != null) {
            try {
                Optional<StyleFacts> kept = cache.get(key).map(StyleFacts::read);
                if (kept.isPresent()) {
                    return new CitationStyle(name, styleXml, localeId, localeXml, kept.get(), null);
                }
            } catch (Blob.Corrupt e) {
                // parsed below, and kept again
            }
        }
        CitationStyle style = new CitationStyle(name, styleXml, localeId, localeXml, StyleVariants.parse(styleXml));
        if (key != null) {
            cache.put(key, style.facts.bytes());
        }
        return style;
    }

    public String name() {
        return name;
    }

    /** True for note styles (chicago-notes-bibliography): citations become footnotes. */
    public boolean isNoteStyle() {
        return facts.noteStyle();
    }

    /**
     * Whether a period or comma after a closing quotation mark goes inside it (the locale's
     * punctuation-in-quote option: true for en-US, false for en-GB).
     */
    public boolean punctuationInQuote() {
        return facts.punctuationInQuote();
    }

    /** Everything the style's output depends on (its XML, the locale's id and XML), as one text for cache keys. */
    public String identity() {
        return name + '\u0000' + styleXml + '\u0000' + localeId + '\u0000' + localeXml;
    }

    /**
     * What a cite's rendering depends on beyond its item: its position and its locator label as far
     * as the style tests it ("" for none, or a label the style never tests).
     */
    record Variant(Position position, String locator, boolean ambiguous, boolean editorTranslator) {}

    /**
     * The variant of a cite at this position with this locator label ("" when it has no locator),
     * of a source whose cites are still ambiguous or not ({@link Ambiguity}).
     */
    Variant variant(Position position, String locatorLabel, boolean ambiguous) {
        return variant(position, locatorLabel, ambiguous, false);
    }

    /** As above, of a source whose editors are its translators ({@link EditorTranslator}) or not. */
    Variant variant(Position position, String locatorLabel, boolean ambiguous, boolean editorTranslator) {
        return new Variant(position, facts.testedLocators().contains(locatorLabel) ? locatorLabel : "",
                ambiguous && facts.testsDisambiguate(), editorTranslator && facts.combinesEditorTranslator());
    }

    /** Whether the style names editors who translated once, with the "editortranslator" term ({@link EditorTranslator}). */
    boolean combinesEditorTranslator() {
        return facts.combinesEditorTranslator();
    }

    /** The style rewritten for cites of this variant (see {@link StyleVariants#forCite}). */
    String xml(Variant variant) {
        return variants.computeIfAbsent(variant, v -> parsed().forCite(v.position(), v.locator(), v.ambiguous(),
                v.editorTranslator() ? (localeXml != null ? localeXml : localeResource(localeId)) : null));
    }

    /**
     * Whether a variant prints citation numbers ("citation-number" anywhere in its XML): only then
     * does a cite or entry depend on its item's place in a processor's registration.
     */
    boolean printsCitationNumbers(Variant variant) {
        return numbered.computeIfAbsent(variant, v -> xml(v).contains("citation-number"));
    }

    String xml(Position position) {
        return xml(new Variant(position, "", false, false));
    }

    /** Whether the style has {@code disambiguate} tests. */
    boolean testsDisambiguate() {
        return facts.testsDisambiguate();
    }

    /** The style's demote-non-dropping-particle option. */
    String demoteNonDroppingParticle() {
        return facts.demoteNonDroppingParticle();
    }

    /** What replaces the names an entry shares with the entry before it ("———" in MLA; "" when nothing does). */
    String authorSubstitute() {
        return facts.authorSubstitute();
    }

    /** Whether {@link #authorSubstitute} replaces only a single repeated name (see {@link StyleVariants#substitutesSingleNamesOnly}). */
    boolean substitutesSingleNamesOnly() {
        return facts.substitutesSingleNamesOnly();
    }

    /** The style's page-range-format ("" when none), which our layer applies to page locators ({@link LocatorPages}). */
    String pageRangeFormat() {
        return facts.pageRangeFormat();
    }

    /** What stands between a range's pages: the locale's page-range-delimiter term (AMA: "-"; CSL's default "–"). */
    String pageRangeDelimiter() {
        return facts.pageRangeDelimiter();
    }

    String styleXml() {
        return styleXml;
    }

    /**
     * Whether the citations are made in English (en-US, en-GB ...; a locale file by its xml:lang):
     * only then does the style title-case titles (CSL 1.0.2, Text-case), and a BibTeX title is read
     * sentence-cased for it to do so ({@link io.github.essaykit.sources.Source#asWritten}).
     */
    boolean speaksEnglish() {
        String id = localeId;
        if (localeXml != null) {
            java.util.regex.Matcher m = LOCALE_LANGUAGE.matcher(localeXml);
            id = m.find() ? m.group(1) : "en";
        }
        return id.equals("en") || id.startsWith("en-");
    }

    /** The locale the style's citations are made in ({@code de-DE}; "x-file" for a locale given as a file). */
    public String localeId() {
        return localeId;
    }

    String localeXml() {
        return localeXml;
    }

    StyleVariants.Options options() {
        return facts.options();
    }

    /** Whether the style sorts the cites of a citation (APA) rather than keeping them as written. */
    boolean sortsCitations() {
        return facts.sortsCitations();
    }

    /** Whether a document's sources are numbered and listed in the order it first cites them ({@link StyleVariants#listsInCitationOrder}). */
    boolean listsInCitationOrder() {
        return facts.listsInCitationOrder();
    }

    /** The type a source without one is rendered as ({@link StyleVariants#untestedType}). */
    de.undercouch.citeproc.csl.CSLType untypedAs() {
        return de.undercouch.citeproc.csl.CSLType.fromString(facts.untestedType());
    }

    /** Whether a citation can print names at all ({@link StyleVariants#citationPrintsNames}). */
    boolean citationPrintsNames() {
        return facts.citationPrintsNames();
    }

    /** Whether the style formats a bibliography; pandoc prints none for a citations-only style. */
    public boolean hasBibliography() {
        return facts.hasBibliography();
    }

    StyleVariants.Layout layout() {
        return facts.layout();
    }

    /** Style and locale files are read as every input is: strictly, a bad byte at its line and column. */
    private static InputText.Read read(Path baseDirectory, String name) {
        return InputText.read(baseDirectory.resolve(name), name, StandardCharsets.UTF_8, InputText.SAVE_AS_UTF8);
    }

    private static boolean isFile(String name) {
        return name.endsWith(".csl") || name.endsWith(".xml") || name.contains("/") || name.contains("\\");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CSL.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The id of the CSL locale essaykit holds for a language tag: the tag's own ({@code fr-CA}),
     * else its language's primary dialect ({@code fr} and {@code fr-LU} read as fr-FR, as in
     * citeproc and pandoc), else null.
     */
    public static String localeFor(String tag) {
        String id = java.util.Locale.forLanguageTag(tag.strip().replace('_', '-')).toLanguageTag();
        if (hasLocale(id)) {
            return id;
        }
        String dialect = PRIMARY_DIALECTS.get(id.split("-", 2)[0]);
        return dialect != null && hasLocale(dialect) ? dialect : null;
    }

    /** Whether the styles jar holds a locale of this id: looked up, not read (an essay's {@code lang} asks on every build). */
    private static boolean hasLocale(String id) {
        return CSL.class.getClassLoader().getResource("locales-" + id + ".xml") != null;
    }

    /** The primary dialect of each language with CSL locales for several regions (CSL's locales.json). */
    private static final Map<String, String> PRIMARY_DIALECTS = Map.ofEntries(Map.entry("af", "af-ZA"), Map.entry("bg", "bg-BG"),
            Map.entry("ca", "ca-AD"), Map.entry("cs", "cs-CZ"), Map.entry("cy", "cy-GB"), Map.entry("da", "da-DK"),
            Map.entry("de", "de-DE"), Map.entry("el", "el-GR"), Map.entry("en", "en-US"), Map.entry("es", "es-ES"),
            Map.entry("et", "et-EE"), Map.entry("fa", "fa-IR"), Map.entry("fi", "fi-FI"), Map.entry("fr", "fr-FR"),
            Map.entry("he", "he-IL"), Map.entry("hr", "hr-HR"), Map.entry("hu", "hu-HU"), Map.entry("id", "id-ID"),
            Map.entry("is", "is-IS"), Map.entry("it", "it-IT"), Map.entry("ja", "ja-JP"), Map.entry("km", "km-KH"),
            Map.entry("ko", "ko-KR"), Map.entry("lt", "lt-LT"), Map.entry("lv", "lv-LV"), Map.entry("mn", "mn-MN"),
            Map.entry("nb", "nb-NO"), Map.entry("nl", "nl-NL"), Map.entry("nn", "nn-NO"), Map.entry("pl", "pl-PL"),
            Map.entry("pt", "pt-PT"), Map.entry("ro", "ro-RO"), Map.entry("ru", "ru-RU"), Map.entry("sk", "sk-SK"),
            Map.entry("sl", "sl-SI"), Map.entry("sr", "sr-RS"), Map.entry("sv", "sv-SE"), Map.entry("th", "th-TH"),
            Map.entry("tr", "tr-TR"), Map.entry("uk", "uk-UA"), Map.entry("vi", "vi-VN"), Map.entry("zh", "zh-CN"));

    private static final java.util.regex.Pattern DEFAULT_LOCALE =
            java.util.regex.Pattern.compile("<style\\b[^>]*?\\bdefault-locale=[\"']([^\"']+)[\"']");
    private static final java.util.regex.Pattern LOCALE_LANGUAGE = java.util.regex.Pattern.compile("<locale\\b[^>]*\\bxml:lang=\"([^\"]+)\"");

    /** The {@code default-locale} on the style's root element, or null. */
    static String defaultLocale(String styleXml) {
        java.util.regex.Matcher m = DEFAULT_LOCALE.matcher(styleXml);
        return m.find() ? m.group(1) : null;
    }

    private static String localeResource(String localeId) {
        try {
            String xml = resource("locales-" + localeId + ".xml");
            return xml == null ? "" : xml;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A boolean style option of a locale ({@code <style-options punctuation-in-quote="true"/>}). */
    private static boolean localeOption(String localeXml, String option) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<style-options[^>]*\\b" + option + "=\"(true|false)\"")
                .matcher(localeXml);
        return m.find() && m.group(1).equals("true");
    }

    private static String suggestion(String style) {
        try {
            return Suggestions.didYouMean(style, CSL.getSupportedStyles());
        } catch (IOException e) {
            return "";
        }
    }


    private static Loaded failure(String message) {
        return new Loaded(null, Diagnostics.of(List.of(Diagnostic.error("", 0, 0, message))));
    }
}
