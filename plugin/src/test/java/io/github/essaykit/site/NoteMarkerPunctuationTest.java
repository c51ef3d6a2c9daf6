package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a note style a citation's marker goes after the punctuation that follows it, as pandoc
 * prints it; what pandoc does differently is asserted with the reason.
 */
class NoteMarkerPunctuationTest {

    @TempDir
    Path dir;

    private List<String> paragraphs(String locale, String markdown) throws Exception {
        return paragraphs("chicago-notes-bibliography", locale, markdown);
    }

    private List<String> paragraphs(String style, String locale, String markdown) throws Exception {
        Path essays = Files.createDirectories(dir.resolve("essays"));
        Files.writeString(essays.resolve("sources.bib"), """
                @book{orwell1946, author = {Orwell, George}, title = {Politics and the English Language},
                  publisher = {Horizon}, address = {London}, year = {1946}}
                """);
        Files.writeString(essays.resolve("a.md"), "---\ntitle: A\n---\n\n" + markdown);
        Path out = dir.resolve("out-" + style + "-" + locale);
        BuildResult result = SiteBuilder.build(SiteConfig.builder(essays, out).style(style).locale(locale).build());
        assertThat(result.diagnostics().all()).isEmpty();
        Document page = Jsoup.parse(out.resolve("a.html"));
        return page.select("article p:not(section p, li p, .byline)").stream().map(NoteMarkerPunctuationTest::text).toList();
    }

    private static String text(Element p) {
        Element copy = p.clone();
        copy.select("sup").forEach(sup -> sup.prependText("^"));
        return copy.text();
    }

    @Test
    void markerFollowsPunctuationOnce() throws Exception {
        assertThat(paragraphs("en-US", """
                It changes how we are thinking [@orwell1946, 12].

                Does it [@orwell1946]?! A comma [@orwell1946], then more.

                [@orwell1946]. Opens the paragraph.

                @orwell1946 [12]; writes so.

                A list ends with etc. [@orwell1946].

                Said "plainly" [@orwell1946, 15], then “curly” [@orwell1946].

                With *emphasis* [@orwell1946]!) after.
                """)).containsExactly(
                "It changes how we are thinking.^1",
                "Does it?!^2 A comma,^3 then more.",
                "^4. Opens the paragraph.",
                "Orwell^5; writes so.",
                // pandoc writes "etc..¹": the author's period is kept once instead
                "A list ends with etc.^6",
                "Said “plainly,”^7 then “curly.”^8",
                "With emphasis!)^9 after.");
    }

    @Test
    void britishPunctuationStaysOutsideQuotes() throws Exception {
        // en-GB's locale sets punctuation-in-quote="false"
        assertThat(paragraphs("en-GB", "Said “plainly” [@orwell1946], then “curly” [@orwell1946].\n"))
                .containsExactly("Said “plainly”,^1 then “curly”.^2");
    }

    @Test
    void aSuperscriptCitationSitsOnTheWordBeforeItAndThePunctuationStays() throws Exception {
        // AMA raises its citations: pandoc 2.17 prints "thinking¹." and "compare¹(p12)", the space (or line
        // break) before the citation gone, whatever its form; a citation of two cites is raised once
        assertThat(paragraphs("american-medical-association", "en-US", """
                It changes how we are thinking [@orwell1946].

                Compare @orwell1946 [12] with the rest, and
                [see @orwell1946, 14; @orwell1946, 20] on this.
                """)).containsExactly("It changes how we are thinking^1.", "Compare^1(p12) with the rest, and^see 1(p14),1(p20) on this.");
    }
}
