package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which CSL locale a style's citations are made in: the one asked for (a language as its primary
 * dialect), else the style's own default-locale, else en-US (CSL 1.0.2, Locale Fallback; pandoc
 * 2.17 does the same, cases/citation-locale).
 */
class CitationLocaleTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"barbara-budrich, de-DE", "nature, en-GB", "american-medical-association, en-US", "chicago-author-date, en-US"})
    void withNoLocaleAStyleSpeaksItsDefaultLocaleElseAmericanEnglish(String style, String locale) {
        CitationStyle.Loaded loaded = CitationStyle.load(style, null, folder);
        assertThat(loaded.diagnostics().all()).isEmpty();
        assertThat(loaded.style().localeId()).isEqualTo(locale);
    }

    @Test
    void aLocaleAskedForWinsOverTheStylesOwn() {
        assertThat(CitationStyle.load("barbara-budrich", "en-US", folder).style().localeId()).isEqualTo("en-US");
        assertThat(CitationStyle.load("barbara-budrich", "fr", folder).style().localeId()).isEqualTo("fr-FR");
    }

    @ParameterizedTest
    @CsvSource({"de, de-DE", "fr-LU, fr-FR", "pt, pt-PT", "pt-BR, pt-BR", "EN-gb, en-GB", "en_GB, en-GB", "eu, eu",
            "sr-Latn-RS, sr-Latn-RS", "zh, zh-CN"})
    void aLanguageReadsAsItsOwnLocaleElseItsPrimaryDialect(String tag, String locale) {
        assertThat(CitationStyle.localeFor(tag)).isEqualTo(locale);
    }

    @Test
    void aLanguageCslHasNoLocaleForIsUnknown() {
        assertThat(CitationStyle.localeFor("xx")).isNull();
        assertThat(CitationStyle.localeFor("gd")).isNull();
        assertThat(CitationStyle.load("apa", "xx", folder).diagnostics().all())
                .singleElement().satisfies(d -> assertThat(d.message()).isEqualTo("unknown locale 'xx'"));
    }

    @Test
    void aStyleWhoseDefaultLocaleCslLacksSpeaksAmericanEnglish() throws Exception {
        String xml = CitationStyle.load("apa", "en-US", folder).style().styleXml()
                .replaceFirst("<style ", "<style default-locale=\"xx-YY\" ");
        java.nio.file.Files.writeString(folder.resolve("odd.csl"), xml);
        assertThat(CitationStyle.defaultLocale(xml)).isEqualTo("xx-YY");
        assertThat(CitationStyle.load("odd.csl", null, folder).style().localeId()).isEqualTo("en-US");
    }

    @Test
    void aPageRangeDelimiterWrittenAsACharacterReferenceIsThatCharacter() {
        // fr-FR writes its term as "&#8209;": read raw, "50&#8209;52" reached the page as "50 & 8209 ; 52"
        assertThat(CitationStyle.load("chicago-author-date", "fr-FR", folder).style().pageRangeDelimiter()).isEqualTo("\u2011");
        assertThat(CitationStyle.load("chicago-author-date", "de-DE", folder).style().pageRangeDelimiter()).isEqualTo("\u2013");
    }

    @Test
    void aLocaleFileSpeaksTheLanguageItsXmlNames() throws Exception {
        // a German locale given as a file: its citations are not English, so BibTeX titles print as written
        String german;
        try (var in = de.undercouch.citeproc.CSL.class.getClassLoader().getResourceAsStream("locales-de-DE.xml")) {
            german = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.nio.file.Files.writeString(folder.resolve("house.xml"), german);
        assertThat(CitationStyle.load("apa", "house.xml", folder).style().speaksEnglish()).isFalse();
        assertThat(CitationStyle.load("apa", "de-DE", folder).style().speaksEnglish()).isFalse();
        assertThat(CitationStyle.load("apa", "en-GB", folder).style().speaksEnglish()).isTrue();
        java.nio.file.Files.writeString(folder.resolve("english.xml"), german.replace("xml:lang=\"de-DE\"", "xml:lang=\"en-AU\""));
        assertThat(CitationStyle.load("apa", "english.xml", folder).style().speaksEnglish()).isTrue();
    }
}
