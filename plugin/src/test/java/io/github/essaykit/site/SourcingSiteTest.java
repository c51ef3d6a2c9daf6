package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.report.SourcingReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quote verification and the sourcing report in a whole build: the found quotation's citation
 * previews its passage, marked and escaped; the misquote is one warning; the source's text is not
 * published; the sourcing report lists the planted unsourced paragraph and the rest, and is
 * written as an unlinked page only when asked for.
 */
class SourcingSiteTest {

    static final String TEXT = """
            Minutes of the Harbour Board, 12 March 2019.

            The chair opened the meeting at ten. She said that the old pier
            "cannot be saved at any reasonable cost" & that the board would
            seek tenders for its removal <before> the summer.
            """;

    static final String ESSAY = """
            ---
            title: The <pier>
            date: 2021-05-01
            nocite: '@quay2001'
            ---

            The chair said the pier “cannot be saved at any
            reasonable cost” [@harbour2019].

            She also said “the board would seek offers” [@harbour2019].

            Okafor calls a pier “a promise made to the sea” [@okafor2020].

            The council spent 4.2 million pounds on the new marina in 2018.

            A quiet morning on the water.

            See [the old page](gone.md) for more.
            """;

    static final String BIB = """
            @report{harbour2019, title = {Minutes of the Harbour Board}, author = {{Harbour Board}}, date = {2019-03-12}}
            @book{okafor2020, title = {Piers and Their People}, author = {Okafor, Daniel}, date = {2020}, publisher = {Quay Press}}
            @book{quay2001, title = {Quays}, author = {Lind, Ann}, date = {2001}, publisher = {Quay Press}}
            @book{unused1999, title = {Unused}, author = {Nobody, A.}, date = {1999}, publisher = {Nowhere}}
            """;

    @TempDir
    Path dir;

    private Path site(String essay) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("pier.md"), essay);
        Files.writeString(src.resolve("sources.bib"), BIB);
        Files.createDirectories(src.resolve("sources"));
        Files.writeString(src.resolve("sources/harbour2019.txt"), TEXT);
        return src;
    }

    @Test
    void aFoundQuotationPreviewsItsPassageMarkedAndTheTextIsNotPublished() throws Exception {
        Path out = dir.resolve("out");
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(site(ESSAY.replace("See [the old page](gone.md) for more.", "")), out));
        assertThat(result.diagnostics().errors()).isEmpty();
        assertThat(result.diagnostics().all()).filteredOn(d -> d.message().contains("quotation"))
                .extracting(Diagnostic::toString).singleElement().asString()
                .startsWith("pier.md:10:15: warning: the quotation is not in the text of 'harbour2019' (sources/harbour2019.txt); "
                        + "the nearest passage (")
                .contains("reads \"the board would seek tenders\"");
        Document page = Jsoup.parse(out.resolve("pier.html"));
        Element link = page.selectFirst("a.cite-link[data-passage]");
        assertThat(link).isNotNull();
        assertThat(page.select("a[data-passage]")).hasSize(1); // the misquote's citation shows no passage
        Element passage = page.getElementById(link.attr("data-passage"));
        assertThat(passage.parent().hasClass("preview-data")).isTrue();
        assertThat(passage.selectFirst("mark").text()).isEqualTo("cannot be saved at any reasonable cost");
        assertThat(passage.selectFirst("blockquote").text())
                .isEqualTo("Minutes of the Harbour Board, 12 March 2019. The chair opened the meeting at ten. She said that the old pier \"cannot be saved at any reasonable "
                        + "cost\" & that the board would seek tenders for its removal <before> the summer.");
        assertThat(passage.select("before")).isEmpty(); // the source's markup-like text stays text
        assertThat(passage.selectFirst(".pv-passage-from").text()).isEqualTo("Quoted from sources/harbour2019.txt, line 4");
        assertThat(out.resolve("sources/harbour2019.txt")).doesNotExist();
        assertThat(out.resolve("_editor")).doesNotExist();
    }

    @Test
    void theSourcingReportListsThePlantedUnsourcedParagraphAndIsAnUnlinkedPage() throws Exception {
        Path src = site(ESSAY);
        BuildResult checked = SiteBuilder.compile(SiteConfig.builder(src, dir.resolve("unused")).sourcingReport(true).build());
        SourcingReport report = checked.sourcing();
        SourcingReport.Essay essay = report.essays().get(0);
        assertThat(essay.unsourced()).containsExactly(
                new SourcingReport.Finding(14, 1, "a number: The council spent 4.2 million pounds on the new marina in 2018."));
        assertThat(essay.sourcedParagraphs()).isEqualTo(3);
        assertThat(essay.unsourcedParagraphs()).isEqualTo(3);
        assertThat(essay.unverifiedQuotes()).extracting(SourcingReport.Finding::line).containsExactly(12);
        assertThat(essay.withoutLocator()).extracting(SourcingReport.Finding::text).containsExactly("okafor2020 (book)");
        assertThat(essay.citedOnce()).containsExactly("okafor2020");
        assertThat(essay.neverCited()).containsExactly("quay2001");
        assertThat(essay.deadLinks()).containsExactly(new SourcingReport.Finding(18, 5, "gone.md"));
        assertThat(essay.byType()).containsExactly(java.util.Map.entry("book", 2), java.util.Map.entry("report", 1));
        assertThat(report.neverCited()).containsExactly("quay2001", "unused1999");
        assertThat(checked.diagnostics().hasErrors()).isTrue(); // the dead link: reported and still an error

        Path out = dir.resolve("out");
        site(ESSAY.replace("See [the old page](gone.md) for more.", ""));
        BuildResult built = SiteBuilder.build(SiteConfig.builder(src, out).sourcingReport(true).baseUrl("https://example.org/").build());
        assertThat(built.ok()).isTrue();
        Document page = Jsoup.parse(out.resolve("_editor/sourcing.html"));
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex, nofollow");
        assertThat(page.select("h2").text()).isEqualTo("The <pier> pier.md");
        assertThat(page.select("svg.sourcing-chart")).hasSize(1);
        assertThat(page.selectFirst("svg").attr("aria-label")).startsWith("Sourcing of The <pier>: 3 of 5 paragraphs sourced");
        assertThat(page.select("li").eachText()).contains(
                "pier.md:14:1 a number: The council spent 4.2 million pounds on the new marina in 2018.");
        assertThat(Files.readString(out.resolve("_editor/sourcing.html"))).doesNotContain("<pier>");
        for (String file : new String[] {"index.html", "pier.html", "bibliography.html", "sitemap.xml", "feed.xml"}) {
            assertThat(Files.readString(out.resolve(file))).as(file).doesNotContain("_editor");
        }
    }

    @Test
    void theReportAndThePassagesAreTheSameBytesWithOneThreadOrFour() throws Exception {
        Path src = site(ESSAY.replace("See [the old page](gone.md) for more.", ""));
        Files.writeString(src.resolve("quay.md"), ESSAY.replace("The <pier>", "Quay").replace("See [the old page](gone.md) for more.", ""));
        for (int threads : new int[] {1, 4}) {
            BuildResult result = SiteBuilder.build(SiteConfig.builder(src, dir.resolve("out" + threads)).sourcingReport(true)
                    .threads(threads).build());
            assertThat(result.ok()).isTrue();
        }
        for (String file : new String[] {"_editor/sourcing.html", "pier.html", "quay.html"}) {
            assertThat(Files.readString(dir.resolve("out4").resolve(file))).as(file)
                    .isEqualTo(Files.readString(dir.resolve("out1").resolve(file)));
        }
    }
}
