package io.github.essaykit.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.markdown.EssayMarkdown;
import io.github.essaykit.parse.EssayParser;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.sources.SourceLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quotations checked against a source's own text (sources/<key>.txt beside the bibliography):
 * a misquote is a warning at the quotation's line and column naming the nearest passage and how
 * alike it is; a faithful quotation with curly quotes, an ellipsis and a line break is silent.
 */
class QuoteCheckTest {

    static final String MINUTES = """
            Minutes of the Harbour Board, 12 March 2019.

            The chair opened the meeting at ten. She said that the old pier
            "cannot be saved at any reasonable cost" and that the board would
            seek tenders for its removal before the summer.

            Mr. Okafor disagreed. In his view the pier was the town's last
            working link to the fishing trade, and its loss would be felt for a
            generation. He asked that the vote be put off until an engineer had
            surveyed the piles.
            """;

    static final String BIB = """
            @report{harbour2019, title = {Minutes of the Harbour Board}, author = {{Harbour Board}}, date = {2019-03-12}}
            @book{okafor2020, title = {Piers and Their People}, author = {Okafor, Daniel}, date = {2020}, publisher = {Quay Press}}
            """;

    @TempDir
    Path root;

    @Test
    void aMisquoteIsReportedAtItsPlaceWithTheNearestPassage() throws Exception {
        EssayQuotes quotes = check("""
                ---
                title: Pier
                ---

                He also claimed the pier "was the town's only working link to the fishing trade" [@harbour2019].
                """);
        assertThat(quotes.warnings()).hasSize(1);
        Diagnostic warning = quotes.warnings().get(0);
        assertThat(warning.file()).isEqualTo("pier.md");
        assertThat(warning.line()).isEqualTo(5);
        assertThat(warning.column()).isEqualTo(26);
        assertThat(warning.message())
                .startsWith("the quotation is not in the text of 'harbour2019' (sources/harbour2019.txt); the nearest passage (")
                .contains("% alike, line 7) reads \"was the town's last working link to the fishing trade\"")
                .doesNotContain("100%");
        int similarity = Integer.parseInt(warning.message().replaceAll(".*passage \\((\\d+)% alike.*", "$1"));
        assertThat(similarity).isBetween(70, 99);
    }

    @Test
    void aFaithfulQuoteWithCurlyQuotesAnEllipsisAndALineBreakIsSilent() throws Exception {
        EssayQuotes quotes = check("""
                ---
                title: Pier
                ---

                Okafor argued that the pier was “the town’s last working link … and
                its loss would be felt for a generation” [@harbour2019]. The chair: "Cannot be saved
                at any reasonable cost" [@harbour2019, p. 1].

                > The chair opened the meeting at ten. [...] She said that the old pier
                > “cannot be saved at any reasonable cost”.
                >
                > --- [@harbour2019]
                """);
        assertThat(quotes.warnings()).isEmpty();
        assertThat(quotes.quotes()).hasSize(3).allMatch(CheckedQuote::found);
        CheckedQuote gapped = quotes.quotes().get(0);
        assertThat(gapped.match().spans()).hasSize(2);
        assertThat(MINUTES.substring(gapped.match().start(), gapped.match().end()))
                .startsWith("the town's last\nworking link").endsWith("for a\ngeneration");
    }

    @Test
    void aQuoteWhoseSourceHasNoTextIsLeftUnverifiedAndSilent() throws Exception {
        EssayQuotes quotes = check("""
                Okafor calls piers “the town’s memory” [@okafor2020, 12].
                """);
        assertThat(quotes.warnings()).isEmpty();
        assertThat(quotes.quotes()).singleElement().matches(CheckedQuote::unverified);
    }

    @Test
    void aQuoteSharingNoWordWithTheTextSaysSo() throws Exception {
        EssayQuotes quotes = check("""
                Allegedly “zebras yodel nightly” [@harbour2019].
                """);
        assertThat(quotes.warnings()).singleElement().extracting(Diagnostic::message).asString()
                .contains("which shares none of its words");
    }

    @Test
    void theFileFieldNamesTheText() throws Exception {
        Files.writeString(root.resolve("sources.bib"), """
                @book{okafor2020, title = {Piers}, author = {Okafor, Daniel}, date = {2020}, file = {Text:texts/piers.txt:text/plain}}
                """);
        Files.createDirectories(root.resolve("texts"));
        Files.writeString(root.resolve("texts/piers.txt"), "A pier is a promise\nmade to the sea.");
        EssayQuotes quotes = check(List.of(), "Okafor: “a promise made to the sea” [@okafor2020]; “a promise to the land” [@okafor2020].\n");
        assertThat(quotes.quotes()).hasSize(2);
        assertThat(quotes.quotes().get(0).found()).isTrue();
        assertThat(quotes.warnings()).singleElement().extracting(Diagnostic::message).asString()
                .contains("(texts/piers.txt)").contains("reads \"a promise\nmade".replace("\n", " "));
    }

    @Test
    void aSourcesTextIsFoundByItsKeyOrItsFileFieldBesideItsOwnBibliography() throws Exception {
        Files.writeString(root.resolve("sources.bib"), """
                @book{plain, title = {A}, date = {2020}}
                @book{asMarkdown, title = {B}, date = {2020}}
                @book{aFolder, title = {C}, date = {2020}}
                @book{linked, title = {D}, date = {2020}}
                @book{Cased, title = {E}, date = {2020}}
                @book{named, title = {F}, date = {2020}, file = {texts/f.txt}}
                """);
        Files.createDirectories(root.resolve("more"));
        Files.writeString(root.resolve("more/extra.bib"), "@book{nested, title = {G}, date = {2020}}\n");
        Files.createDirectories(root.resolve("sources/aFolder.txt"));
        Files.createDirectories(root.resolve("texts"));
        Files.writeString(root.resolve("sources/plain.txt"), "text");
        Files.writeString(root.resolve("sources/asMarkdown.md"), "text");
        Files.writeString(root.resolve("sources/nested.txt"), "beside the other bibliography, not this one");
        Files.writeString(root.resolve("texts/f.txt"), "text");
        Files.writeString(root.resolve("texts/real.txt"), "text");
        Files.createSymbolicLink(root.resolve("sources/linked.txt"), root.resolve("texts/real.txt"));
        Files.writeString(root.resolve("sources/cased.txt"), "another key's name on a host that tells case apart");
        var library = SourceLoader.create(root).load(List.of(root.resolve("sources.bib"), root.resolve("more/extra.bib"))).library();

        SourceTexts texts = SourceTexts.find(root, library, StandardCharsets.UTF_8);

        assertThat(List.of("plain", "asMarkdown", "linked", "named")).allMatch(texts::has);
        assertThat(List.of("aFolder", "nested")).noneMatch(texts::has);
        assertThat(texts.has("Cased")).isEqualTo(Files.exists(root.resolve("sources/Cased.txt"))); // as the file system says
    }

    private EssayQuotes check(String markdown) throws Exception {
        Files.writeString(root.resolve("sources.bib"), BIB);
        Files.createDirectories(root.resolve("sources"));
        Files.writeString(root.resolve("sources/harbour2019.txt"), MINUTES);
        return check(List.of(), markdown);
    }

    private EssayQuotes check(List<String> unused, String markdown) throws Exception {
        Path essay = root.resolve("pier.md");
        Files.writeString(essay, markdown);
        var library = SourceLoader.create(root).load(List.of(root.resolve("sources.bib"))).library();
        SourceTexts texts = SourceTexts.find(root, library, StandardCharsets.UTF_8);
        ParsedEssay parsed = new EssayParser(EssayMarkdown.parser(), StandardCharsets.UTF_8)
                .parse(new SourceFile("pier.md", essay)).essay();
        return QuoteCheck.check(parsed, texts);
    }
}
