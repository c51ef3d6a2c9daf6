package io.github.essaykit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.markdown.EssayMarkdown;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each front-matter form pandoc, Quarto, R Markdown and JOSS authors write, one test per form. */
class FrontMatterFormsTest {

    private final EssayParser parser = new EssayParser(EssayMarkdown.parser(), StandardCharsets.UTF_8);

    private EssayParser.Result parse(String text) {
        return parser.parse(new SourceFile("notes/essay.md", Path.of("notes/essay.md")), text, new ArrayList<>());
    }

    private FrontMatter meta(String yaml) {
        EssayParser.Result result = parse("---\ntitle: T\n" + yaml + "---\nText.\n");
        assertThat(result.diagnostics().all()).as("diagnostics").isEmpty();
        return result.essay().meta();
    }

    private List<String> problems(String yaml) {
        return parse("---\ntitle: T\n" + yaml + "---\nText.\n").diagnostics().all().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void authorAsAListOfStrings() {
        assertThat(meta("author:\n  - Jane Doe\n  - John Roe\n").authors())
                .containsExactly(Author.named("Jane Doe"), Author.named("John Roe"));
    }

    @Test
    void scholarlyMetadataAuthorsAreMapsFromTheNameToTheirFields() {
        FrontMatter meta = meta("""
                author:
                  - Jane O'Doe:
                      institute: [fosg]
                      email: jane@example.com
                      orcid: 0000-0002-1825-0097
                  - Peder Ås:
                      institute: fosg
                """);
        assertThat(meta.authors()).containsExactly(
                new Author("Jane O’Doe", List.of(), "https://orcid.org/0000-0002-1825-0097", "jane@example.com", ""),
                Author.named("Peder Ås"));
    }

    @Test
    void executeOptionsAndTheDescriptionAreKeptApartFromTheSummary() {
        FrontMatter meta = meta("summary: Short.\ndescription: \"Quarto's -- longer\"\nexecute:\n  echo: false\n  warning: false\n");
        assertThat(meta.summary()).isEqualTo("Short.");
        assertThat(meta.description()).isEqualTo("Quarto’s – longer");
        assertThat(meta.chunkOptions()).containsExactly(java.util.Map.entry("echo", "false"), java.util.Map.entry("warning", "false"));
    }

    @Test
    void quartoAuthorMapsWithAffiliationsOrcidEmailAndUrl() {
        FrontMatter meta = meta("""
                author:
                  - name: Norah Jones
                    orcid: 0000-0002-1825-0097
                    email: norah@example.org
                    url: https://example.org/norah
                    affiliations:
                      - name: Carnegie Mellon University
                        city: Pittsburgh
                      - Harvard
                  - name:
                      given: Bill
                      family: Gates
                    affiliation: Microsoft
                    corresponding: true
                """);
        assertThat(meta.authors()).containsExactly(
                new Author("Norah Jones", List.of("Carnegie Mellon University", "Harvard"), "https://orcid.org/0000-0002-1825-0097",
                        "norah@example.org", "https://example.org/norah"),
                new Author("Bill Gates", List.of("Microsoft"), "", "", ""));
    }

    @Test
    void jossAuthorsReferToNumberedAffiliations() {
        FrontMatter meta = meta("""
                authors:
                  - name: Ada Lovelace
                    orcid: https://orcid.org/0000-0001-2345-678X
                    equal-contrib: true
                    affiliation: "1, 2"
                  - name: Charles Babbage
                    affiliation: 2
                affiliations:
                 - name: Analytical Society, UK
                   index: 1
                 - name: Royal Society, UK
                   index: 2
                """);
        assertThat(meta.authors()).extracting(Author::name, Author::affiliations, Author::orcid).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ada Lovelace", List.of("Analytical Society, UK", "Royal Society, UK"),
                        "https://orcid.org/0000-0001-2345-678X"),
                org.assertj.core.groups.Tuple.tuple("Charles Babbage", List.of("Royal Society, UK"), ""));
    }

    @Test
    void jossNamePartsAndAffiliationListsOfNumbers() {
        FrontMatter meta = meta("""
                authors:
                  - given-names: Ludwig
                    dropping-particle: van
                    surname: Beethoven
                    affiliation: [1, 2]
                affiliations:
                  - index: 1
                    name: Bonn
                  - index: 2
                    name: Vienna
                    ror: 00hx57361
                """);
        assertThat(meta.authors()).containsExactly(new Author("Ludwig van Beethoven", List.of("Bonn", "Vienna"), "", "", ""));
    }

    @Test
    void quartoAffiliationRefsToTopLevelIds() {
        FrontMatter meta = meta("""
                author:
                  - name: Jane Doe
                    affiliations:
                      - ref: uio
                affiliations:
                  - id: uio
                    name: University of Oslo
                """);
        assertThat(meta.authors().get(0).affiliations()).containsExactly("University of Oslo");
    }

    @Test
    void quartoAffiliationDefinedWithAnIdUnderOneAuthorIsReferredToByAnother() {
        // Quarto's author schema: an affiliation written in full once, with an id, and 'ref' elsewhere
        FrontMatter meta = meta("""
                author:
                  - name: Jane Doe
                    affiliations:
                      - ref: harbour
                  - name: Ola Nordmann
                    affiliations:
                      - id: harbour
                        name: Harbour Institute
                        city: Bergen
                  - name: Kari Nordmann
                    affiliations:
                      - ref: harbour
                """);
        assertThat(meta.authors()).extracting(Author::affiliations).containsExactly(List.of("Harbour Institute"),
                List.of("Harbour Institute"), List.of("Harbour Institute"));
    }

    @Test
    void papajaAffiliationListWithIdsAndInstitutions() {
        // papaja (R Markdown, APA manuscripts): a top-level 'affiliation' list of {id, institution}
        FrontMatter meta = meta("""
                author:
                  - name: Jane Doe
                    affiliation: "1,2"
                  - name: Ola Nordmann
                    affiliation: "2"
                affiliation:
                  - id: "1"
                    institution: Harbour Institute
                  - id: "2"
                    institution: University of Bergen
                """);
        assertThat(meta.authors()).extracting(Author::affiliations).containsExactly(
                List.of("Harbour Institute", "University of Bergen"), List.of("University of Bergen"));
    }

    @Test
    void aYamlMetadataBlockLaterInTheEssayIsNoText() {
        // pandoc reads metadata blocks anywhere (a JOSS paper ends with one for its LaTeX layout)
        String text = "---\ntitle: T\n---\nText.\n\n---\nlatex:\n  before-metadata: 'x'\n---\n\nMore text.\n\n"
                + "---\nbibliography: more.bib\n...\n";
        EssayParser.Result result = parse(text);
        List<String> paragraphs = new ArrayList<>();
        result.essay().document().accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                paragraphs.add(((org.commonmark.node.Text) paragraph.getFirstChild()).getLiteral());
            }

            @Override
            public void visit(Heading heading) {
                paragraphs.add("heading");
            }

            @Override
            public void visit(org.commonmark.node.ThematicBreak rule) {
                paragraphs.add("rule");
            }
        });
        assertThat(paragraphs).containsExactly("Text.", "More text.");
        assertThat(result.diagnostics().all()).map(Diagnostic::toString).containsExactly(
                "notes/essay.md:13:1: warning: this YAML metadata block after the front matter is left out of the page, and"
                        + " its bibliography is not read: essaykit reads fields from the front matter only; move it there");
    }

    @Test
    void aRuleAndASetextHeadingOrFencedCodeAreNoMetadataBlock() {
        String text = "---\ntitle: T\n---\nText.\n\n---\nJust a heading\n---\n\n```yaml\n\n---\nkey: value\n---\n```\n";
        EssayParser.Result result = parse(text);
        List<String> blocks = new ArrayList<>();
        for (org.commonmark.node.Node n = result.essay().document().getFirstChild(); n != null; n = n.getNext()) {
            blocks.add(n instanceof org.commonmark.node.FencedCodeBlock code ? "code " + code.getLiteral().strip()
                    : n.getClass().getSimpleName());
        }
        assertThat(blocks).containsExactly("Paragraph", "ThematicBreak", "Heading", "code ---\nkey: value\n---");
    }

    @Test
    void authorMistakesAreReportedAtTheirPlace() {
        assertThat(problems("""
                author:
                  - orcid: 0000-0002-1825-0097
                  - name: Ann
                    affiliation: 3
                    orcid: 1234
                  - [nested, list]
                """)).containsExactly(
                "notes/essay.md:4:5: error: this author has no 'name'; add one, e.g. 'name: Jane Doe'",
                "notes/essay.md:6:18: error: affiliation '3' is not in the front matter's 'affiliations' list; add the list,"
                        + " e.g. 'affiliations:' then '- name: University of Oslo' and '  index: 3'",
                "notes/essay.md:7:12: warning: '1234' is not an ORCID iD such as 0000-0002-1825-0097, so it is not linked",
                "notes/essay.md:8:5: error: an author is a name, or a map such as '{name: Jane Doe, affiliation: University of Oslo}'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021-01-29                 | 2021-01-29",
        "2021-01-29T10:30:00Z       | 2021-01-29",
        "'2021-01-29 10:30'         | 2021-01-29",
        "2021/01/29                 | 2021-01-29",
        "29 January 2021            | 2021-01-29",
        "29th January 2021          | 2021-01-29",
        "'January 29, 2021'         | 2021-01-29",
        "Jan 29 2021                | 2021-01-29",
        "Sept. 3, 2021              | 2021-09-03",
        "January 2021               | 2021-01",
        "2021-01                    | 2021-01",
        "2021                       | 2021",
        "10-26-2024                 | 2024-10-26",
        "10/26/2024                 | 2024-10-26"})
    void dateForms(String written, String iso) {
        assertThat(meta("date: " + written + "\n").date()).map(EssayDate::iso).contains(iso);
    }

    @Test
    void datesShowAsPreciseAsWrittenInTheSiteLocale() {
        assertThat(meta("date: 29 January 2021\n").date().orElseThrow().text(Locale.US)).isEqualTo("January 29, 2021");
        assertThat(meta("date: 2021-01-29\n").date().orElseThrow().text(Locale.UK)).isEqualTo("29 January 2021");
        assertThat(meta("date: 2021-01\n").date().orElseThrow().text(Locale.US)).isEqualTo("January 2021");
        assertThat(meta("date: 2021\n").date().orElseThrow().text(Locale.US)).isEqualTo("2021");
        assertThat(meta("date: January 2021\n").date().orElseThrow().start()).isEqualTo(LocalDate.of(2021, 1, 1));
    }

    @Test
    void aDateOfAnAcceptedShapeThatNamesNoRealDayIsAnError() {
        String message = "error: 'date' must be a date such as 2021-01-29, \"29 January 2021\", \"January 2021\" or 2021;"
                + " this one names no real day";
        assertThat(problems("date: 31 February 2021\n")).containsExactly("notes/essay.md:3:7: " + message);
        assertThat(problems("date: 13/26/2021\n")).containsExactly("notes/essay.md:3:7: " + message);
        assertThat(problems("date: 2021-13\n")).containsExactly("notes/essay.md:3:7: " + message);
        assertThat(problems("date: [2021]\n")).containsExactly(
                "notes/essay.md:3:7: error: 'date' must be a date such as 2021-01-29, \"29 January 2021\", \"January 2021\" or 2021");
    }

    @Test
    void anyOtherTextIsShownAsWrittenAsPandocShowsItWithAWarning() {
        EssayParser.Result result = parse("---\ntitle: T\ndate: \"7 11 2021\"\n---\nText.\n");
        EssayDate date = result.essay().meta().date().orElseThrow();
        assertThat(date.text(Locale.US)).isEqualTo("7 11 2021");
        assertThat(date.iso()).isEmpty();
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "notes/essay.md:3:7: warning: '7 11 2021' is not a date essaykit can read, so it is shown as written and the"
                        + " essay is listed with the undated ones; write 2021-01-29, \"29 January 2021\", \"January 2021\" or 2021");
    }

    @Test
    void aMonthFirstDateThatCouldBeReadDayFirstIsReadAsQuartoDoesWithAWarning() {
        EssayParser.Result result = parse("---\ntitle: T\ndate: 11-6-2023\n---\nText.\n");
        assertThat(result.essay().meta().date()).map(EssayDate::iso).contains("2023-11-06");
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "notes/essay.md:3:7: warning: '11-6-2023' is read month first, as Quarto reads it (November 6, 2023);"
                        + " write 2023-11-06 to say so unambiguously");
    }

    @Test
    void todayAndLastModifiedAreNotReadSoTheBuildStaysTheSameEveryDay() {
        for (String moving : List.of("today", "now", "last-modified")) {
            EssayParser.Result result = parse("---\ntitle: T\ndate: " + moving + "\n---\nText.\n");
            assertThat(result.essay().meta().date()).isEmpty();
            assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                    "notes/essay.md:3:7: warning: 'date: " + moving + "' is not used: a build gives the same pages whatever"
                            + " the day, so the essay is shown undated; write its date, e.g. 2021-01-29");
        }
    }

    @Test
    void aMissingTitleIsTheFirstLevelOneHeadingWhichLeavesTheBody() {
        EssayParser.Result result = parse("---\nauthor: A\n---\n\n# The *Other* Missiles `of` October\n\nText.\n\n## Part\n");
        assertThat(result.essay().meta().title()).isEqualTo("The Other Missiles of October");
        assertThat(result.essay().document().getFirstChild()).isInstanceOf(Paragraph.class);
        assertThat(((Heading) result.essay().document().getLastChild()).getLevel()).isEqualTo(2);
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "notes/essay.md:5:1: warning: no 'title' in the front matter, so the first heading 'The Other Missiles of"
                        + " October' is the title (and leaves the body); add 'title: \"...\"' to choose it");
    }

    @Test
    void withoutATitleOrALeadingLevelOneHeadingTheFileNameIsTheTitle() {
        EssayParser.Result result = parse("---\nauthor: A\n---\n\n## Part\n\n# Later\n");
        assertThat(result.essay().meta().title()).isEqualTo("essay");
        assertThat(result.essay().document().getFirstChild()).isInstanceOf(Heading.class);
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "notes/essay.md:1:1: warning: no 'title' in the front matter and no '#' heading before the others, so the"
                        + " file name 'essay' is the title; add 'title: \"...\"' to the front matter");
    }

    @Test
    void descriptionIsTheSummaryAndTheAbstractIsKeptAsMarkdown() {
        assertThat(meta("description: Short.\nabstract: Long *one*.\n").summary()).isEqualTo("Short.");
        FrontMatter meta = meta("abstract: |\n  We show *that* it works.\n\n  Second paragraph.\n");
        assertThat(meta.summary()).isEqualTo("We show that it works.");
        assertThat(meta.abstractText()).isEqualTo("We show *that* it works.\n\nSecond paragraph.");
        assertThat(meta("summary: Mine.\ndescription: Quarto's.\n").summary()).isEqualTo("Mine.");
    }

    @Test
    void categoriesAndKeywordsAreTagsWithoutRepeats() {
        assertThat(meta("tags: [a]\ncategories: [b, a]\nkeywords: c\n").tags()).containsExactly("a", "b", "c");
        assertThat(meta("tags: R software, Writing research papers\n").tags()).containsExactly("R software", "Writing research papers");
        assertThat(meta("tags: [\"one, two\"]\n").tags()).containsExactly("one, two");
    }

    @Test
    void cslOrCitationStyleLangReferenceSectionTitleAndLinkCitations() {
        FrontMatter meta = meta("csl: apa\nlang: fr-CA\nreference-section-title: Références\nlink-citations: no\n");
        assertThat(meta.style()).isEqualTo("apa");
        assertThat(meta.lang()).isEqualTo("fr-CA");
        assertThat(meta.referenceSectionTitle()).isEqualTo("Références");
        assertThat(meta.linkCitations()).isFalse();
        assertThat(meta("citation-style: styles/mine.csl\n").style()).isEqualTo("styles/mine.csl");
        assertThat(meta("link-citations: true\n").linkCitations()).isTrue();
        assertThat(meta("").linkCitations()).isTrue();
        assertThat(meta("number-sections: yes\n").numberSections()).contains(true);
    }

    @Test
    void langAndConflictingStylesAreErrorsAtTheirValue() {
        assertThat(problems("lang: \"fr<script>\"\n")).containsExactly(
                "notes/essay.md:3:7: error: 'lang' must be a language tag such as en-GB or fr");
        assertThat(problems("csl: apa\ncitation-style: mla\n")).containsExactly(
                "notes/essay.md:4:17: error: 'citation-style' and 'csl' name different styles; keep one");
    }

    @Test
    void bibliographyAsAListAndNociteAsAList() {
        FrontMatter meta = meta("bibliography:\n  - a.bib\n  - b.json\nnocite: |\n  @a, @b\n");
        assertThat(meta.bibliography()).containsExactly("a.bib", "b.json");
        assertThat(meta.nocite()).containsExactly("a", "b");
        assertThat(meta("nocite:\n  - \"@a\"\n  - b\n").nocite()).containsExactly("a", "b");
    }

    @Test
    void aLikelyTypoOfAKnownKeyGetsDidYouMeanAtTheKey() {
        assertThat(problems("  \nauthr: Jane\nTags: [x]\nbibliograpy: a.bib\n")).containsExactly(
                "notes/essay.md:4:1: warning: 'authr' is not a front matter field essaykit reads (did you mean 'author'?); it is ignored",
                "notes/essay.md:5:1: warning: 'Tags' is not a front matter field essaykit reads (did you mean 'tags'?); it is ignored",
                "notes/essay.md:6:1: warning: 'bibliograpy' is not a front matter field essaykit reads (did you mean"
                        + " 'bibliography'?); it is ignored");
    }

    @Test
    void otherToolsKeysAreIgnoredSilently() {
        assertThat(problems("""
                format:
                  html:
                    toc: true
                execute:
                  echo: false
                editor: visual
                jupyter: python3
                knitr: {opts_chunk: {echo: false}}
                output: html_document
                css: styles.css
                image: cover.png
                aas-journal: Astrophysical Journal
                """)).isEmpty();
    }
}
