package io.github.essaykit.render;

import io.github.essaykit.resolve.Label;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Map;

/**
 * The words cross-references use ("Section", "Figures"), by the language of the CSL locale.
 * English, German, French, Spanish, Italian and Dutch are built in; other languages fall back
 * to English. A {@code crossref.properties} file in the template folder replaces any of them
 * (keys section, sections, figure, figures, table, tables, equation, equations, of, theSection,
 * theSections), e.g. {@code figure=Fig.}. {@code theSection} and {@code theSections} name sections
 * that carry no number: "see the section <em>Keeping the secret</em>".
 */
public record CrossRefWords(String section, String sections, String figure, String figures, String table,
        String tables, String equation, String equations, String of, String theSection, String theSections) {

    private static final Map<String, CrossRefWords> BUILT_IN = Map.of(
            "en", new CrossRefWords("Section", "Sections", "Figure", "Figures", "Table", "Tables", "Equation", "Equations", "of", "the section", "the sections"),
            "de", new CrossRefWords("Abschnitt", "Abschnitte", "Abbildung", "Abbildungen", "Tabelle", "Tabellen", "Gleichung", "Gleichungen", "in", "der Abschnitt", "die Abschnitte"),
            "fr", new CrossRefWords("Section", "Sections", "Figure", "Figures", "Tableau", "Tableaux", "Équation", "Équations", "de", "la section", "les sections"),
            "es", new CrossRefWords("Sección", "Secciones", "Figura", "Figuras", "Tabla", "Tablas", "Ecuación", "Ecuaciones", "de", "la sección", "las secciones"),
            "it", new CrossRefWords("Sezione", "Sezioni", "Figura", "Figure", "Tabella", "Tabelle", "Equazione", "Equazioni", "di", "la sezione", "le sezioni"),
            "nl", new CrossRefWords("Paragraaf", "Paragrafen", "Figuur", "Figuren", "Tabel", "Tabellen", "Vergelijking", "Vergelijkingen", "van", "de paragraaf", "de paragrafen"));

    /** The words for a locale such as "en-US" or "de-DE". */
    public static CrossRefWords forLocale(String locale) {
        String language = Locale.forLanguageTag(locale).getLanguage();
        return BUILT_IN.getOrDefault(language, BUILT_IN.get("en"));
    }

    /** The locale's words, with the template folder's {@code crossref.properties} laid over them. */
    public static CrossRefWords load(String locale, Path templateDirectory) {
        CrossRefWords words = forLocale(locale);
        Path file = templateDirectory == null ? null : templateDirectory.resolve("crossref.properties");
        if (file == null || !Files.isRegularFile(file)) {
            return words;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new CrossRefWords(p.getProperty("section", words.section), p.getProperty("sections", words.sections),
                p.getProperty("figure", words.figure), p.getProperty("figures", words.figures),
                p.getProperty("table", words.table), p.getProperty("tables", words.tables),
                p.getProperty("equation", words.equation), p.getProperty("equations", words.equations),
                p.getProperty("of", words.of), p.getProperty("theSection", words.theSection),
                p.getProperty("theSections", words.theSections));
    }

    public String word(Label.Kind kind, boolean plural) {
        return switch (kind) {
            case SECTION -> plural ? sections : section;
            case FIGURE -> plural ? figures : figure;
            case TABLE -> plural ? tables : table;
            case EQUATION -> plural ? equations : equation;
        };
    }
}
