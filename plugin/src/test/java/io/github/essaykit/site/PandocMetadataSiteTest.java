package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What pandoc and Quarto do with an essay's metadata and chunks, checked on built pages: smart
 * punctuation in front-matter text and in citation prefixes and suffixes (the expected texts are
 * pandoc 2.17's for the same input), citations, notes and math in the abstract, equations inside
 * notes, Quarto's description, {@code echo: false} chunks, and .qmd/.Rmd files read as essays.
 */
class PandocMetadataSiteTest {

    @TempDir
    Path src;

    @TempDir
    Path out;

    private static final String SOURCES = "@book{a, author={Allison, Graham}, title={Essence of Decision}, year={1971},"
            + " publisher={Little, Brown}}\n@book{b, author={Brown, Ann}, title={Second}, year={1980}, publisher={P}}\n";

    private BuildResult build() {
        return SiteBuilder.build(SiteConfig.defaults(src, out));
    }

    private Document page(String name) throws Exception {
        return Jsoup.parse(Files.readString(out.resolve(name)));
    }

    @Test
    void frontMatterTextAndCitationAffixesGetSmartPunctuationAsInPandoc() throws Exception {
        Files.writeString(src.resolve("sources.bib"), SOURCES);
        Files.writeString(src.resolve("a.md"), """
                ---
                title: "Allison's \\"Essence\\" -- revisited..."
                subtitle: 'It''s the ---model'
                description: "Why 'rational actor' -- still"
                author: "Seán O'Brien"
                ---
                Text [see @a, p. 3 -- "quoted" and 'single'], @b [p. 4 -- 'its' end].
                """);
        BuildResult result = build();
        assertThat(result.diagnostics().all()).isEmpty();
        Document page = page("a.html");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Allison’s “Essence” – revisited…");
        assertThat(page.title()).startsWith("Allison’s “Essence” – revisited…");
        assertThat(page.selectFirst(".subtitle").text()).isEqualTo("It’s the —model");
        assertThat(page.selectFirst(".essay-header .description").text()).isEqualTo("Why ‘rational actor’ – still");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("Why ‘rational actor’ – still");
        assertThat(page.selectFirst(".author-name").text()).isEqualTo("Seán O’Brien");
        assertThat(page.select(".citation")).extracting(e -> e.text())
                .containsExactly("(see Allison 1971, 3 – “quoted” and ‘single’)", "Brown (1980, 4 – ‘its’ end)");
    }

    @Test
    void theAbstractsCitationsNotesAndMathAreResolvedBeforeTheBodys() throws Exception {
        Files.writeString(src.resolve("sources.bib"), SOURCES);
        Files.writeString(src.resolve("a.md"), """
                ---
                title: A
                abstract: |
                  As @a argues [see @b, p. 3], it's so.^[An abstract's note.]
                ---
                The body cites @b again.[^1] See @eq-note.

                [^1]: A note with its own equation:

                    $$E = mc^2$$ {#eq-note}
                """);
        BuildResult result = build();
        assertThat(result.diagnostics().all()).isEmpty();
        Document page = page("a.html");
        assertThat(page.selectFirst(".abstract").text()).isEqualTo("Abstract As Allison (1971) argues (see Brown 1980, 3), it’s so.1");
        assertThat(page.select(".abstract a[href=#ref-a]")).hasSize(1);
        assertThat(page.select("#sources .csl-entry")).extracting(e -> e.id()).containsExactly("ref-a", "ref-b");
        // the abstract's note comes first in reading order: it is note 1, the body's note 2
        assertThat(page.select("#notes li")).extracting(e -> e.attr("value")).containsExactly("1", "2");
        assertThat(page.selectFirst("#notes li[value=1]").text()).startsWith("An abstract’s note.");
        // the equation in a note is numbered, and the cross-reference to it resolves
        assertThat(page.selectFirst("#notes #eq-note")).isNotNull();
        assertThat(page.selectFirst("#notes #eq-note").text()).contains("(1)");
        assertThat(page.selectFirst(".essay-body a[href=#eq-note]").text()).isEqualTo("Equation 1");
        // the abstract is shown once, under the title
        assertThat(page.selectFirst(".essay-body").text()).doesNotContain("argues");
    }

    @Test
    void anAbstractCitingAnUnknownKeyIsAnErrorAtItsLineInTheFile() throws Exception {
        Files.writeString(src.resolve("sources.bib"), SOURCES);
        Files.writeString(src.resolve("a.md"), "---\ntitle: A\nabstract: |\n  First line.\n\n  As @nobody argues.\n---\nBody.\n");
        BuildResult result = build();
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString)
                .anySatisfy(d -> assertThat(d).startsWith("a.md:6:").contains("'nobody'"));
    }

    @Test
    void aChunkWithEchoOrIncludeFalseIsNotShownAndExecuteSetsTheDefault() throws Exception {
        Files.writeString(src.resolve("chunks.md"), """
                ---
                title: Chunks
                ---
                ```{r}
                #| echo: false
                hidden_quarto()
                ```

                ```{r setup, include=FALSE}
                hidden_setup()
                ```

                ```{r, echo=F}
                hidden_r()
                ```

                ```{python}
                #| echo: true
                shown()
                ```
                """);
        Files.writeString(src.resolve("execute.qmd"), """
                ---
                title: Execute
                execute:
                  echo: false
                ---
                ```{r}
                hidden_by_default()
                ```

                ```{r}
                #| echo: true
                shown_anyway()
                ```
                """);
        BuildResult result = build();
        assertThat(result.diagnostics().all()).isEmpty();
        assertThat(page("chunks.html").select(".essay-body pre")).extracting(e -> e.text()).containsExactly("shown()");
        assertThat(page("chunks.html").selectFirst(".essay-body code.language-python")).isNotNull();
        assertThat(page("execute.html").select(".essay-body pre")).extracting(e -> e.text()).containsExactly("shown_anyway()");
    }

    @Test
    void aHiddenChunksLabelIsATargetOnlyWhenTheEssayGivesTheFigure() throws Exception {
        Files.writeString(src.resolve("plot.png"), "png");
        Files.writeString(src.resolve("given.md"), """
                ---
                title: Given
                ---
                ```{r}
                #| label: fig-plot
                #| fig-cap: A plot
                #| echo: false
                plot(x)
                ```

                ![A plot](plot.png){#fig-plot}

                See @fig-plot.
                """);
        Files.writeString(src.resolve("missing.md"), """
                ---
                title: Missing
                ---
                ```{r}
                #| label: fig-plot
                #| echo: false
                plot(x)
                ```

                See @fig-plot.
                """);
        BuildResult result = build();
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "missing.md:10:5: error: cross-reference to 'fig-plot', the figure that the r code chunk at line 4 would make"
                        + " when run; essaykit does not run code, so add the figure to the essay yourself (e.g. the image,"
                        + " '![Caption](plot.png){#fig-plot}') or remove the reference");
    }

    @Test
    void aPandocCrossrefReferenceIsAnErrorThatNamesQuartosForm() throws Exception {
        Files.writeString(src.resolve("a.md"), "---\ntitle: A\n---\n# Intro {#sec:intro}\n\nAs in [@sec:intro].\n");
        BuildResult result = build();
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "a.md:6:8: error: unknown citation key 'sec:intro'; it looks like a pandoc-crossref reference, which essaykit"
                        + " reads in Quarto's form: write @sec-intro and label the target {#sec-intro}");
    }

    @Test
    void quartoAndRMarkdownFilesAreEssaysAndLinksBetweenThemLeadToTheirPages() throws Exception {
        Files.writeString(src.resolve("post.qmd"), "---\ntitle: Post\n---\nSee [the chapter](chapter.Rmd).\n");
        Files.writeString(src.resolve("chapter.Rmd"), "# A chapter\n\nText.\n");
        BuildResult result = build();
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "chapter.Rmd:1:1: warning: no 'title' in the front matter, so the first heading 'A chapter' is the title (and"
                        + " leaves the body); add 'title: \"...\"' to choose it");
        assertThat(page("post.html").selectFirst(".essay-body a").attr("href")).isEqualTo("chapter.html");
        assertThat(page("chapter.html").selectFirst("h1").text()).isEqualTo("A chapter");
    }
}
