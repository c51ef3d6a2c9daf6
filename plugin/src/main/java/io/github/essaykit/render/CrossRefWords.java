package io.github.essaykit.render;

import io.github.essaykit.resolve.Label;
import java.util.Locale;
import java.util.Map;

/**
 * The words cross-references use ("Section", "Figures"), by the language of the CSL locale.
 * English, German, French, Spanish, Italian and Dutch are built in; other languages fall back
 * to English.
 */
public record CrossRefWords(String section, String sections, String figure, String figures, String table,
        String tables, String of) {

    private static final Map<String, CrossRefWords> BUILT_IN = Map.of(
            "en", new CrossRefWords("Section", "Sections", "Figure", "Figures", "Table", "Tables", "of"),
            "de", new CrossRefWords("Abschnitt", "Abschnitte", "Abbildung", "Abbildungen", "Tabelle", "Tabellen", "in"),
            "fr", new CrossRefWords("Section", "Sections", "Figure", "Figures", "Tableau", "Tableaux", "de"),
            "es", new CrossRefWords("Sección", "Secciones", "Figura", "Figuras", "Tabla", "Tablas", "de"),
            "it", new CrossRefWords("Sezione", "Sezioni", "Figura", "Figure", "Tabella", "Tabelle", "di"),
            "nl", new CrossRefWords("Paragraaf", "Paragrafen", "Figuur", "Figuren", "Tabel", "Tabellen", "van"));

    /** The words for a locale such as "en-US" or "de-DE". */
    public static CrossRefWords forLocale(String locale) {
        String language = Locale.forLanguageTag(locale).getLanguage();
        return BUILT_IN.getOrDefault(language, BUILT_IN.get("en"));
    }

    public String word(Label.Kind kind, boolean plural) {
        return switch (kind) {
            case SECTION -> plural ? sections : section;
            case FIGURE -> plural ? figures : figure;
            case TABLE -> plural ? tables : table;
        };
    }
}
