package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with sources, keys and styles, as a user sees them: through a whole build. */
class SourceDiagnosticsTest {

    @TempDir
    Path dir;

    private static final String BIB = """
            @book{kaplan1983,
              author = {Kaplan, Fred},
              title = {The Wizards of Armageddon},
              publisher = {Simon and Schuster},
              year = {1983}
            }

            @book{dobbs2008,
              author = {Dobbs, Michael},
              title = {One Minute to Midnight},
              publisher = {Knopf},
              year = {2008}
            }
            """;

    private Path site(String essay, String bib) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("essay.md"), "---\ntitle: E\n---\n" + essay);
        Files.writeString(src.resolve("sources.bib"), bib);
        return src;
    }

    private List<String> problems(Path src, SiteConfig config) {
        return SiteBuilder.compile(config).diagnostics().all().stream().map(Diagnostic::toString).toList();
    }

    private List<String> problems(Path src) {
        return problems(src, SiteConfig.defaults(src, dir.resolve("out")));
    }

    @Test
    void unknownKeyIsAnErrorAtTheKeyWithASuggestion() throws Exception {
        Path src = site("Planned [@kaplan1938, 84] and [see @dobbs2008; @nobody].\n", BIB);
        assertThat(problems(src)).containsExactly(
                "essay.md:4:10: error: unknown citation key 'kaplan1938' (did you mean 'kaplan1983'?); add it to a bibliography file or fix the key",
                "essay.md:4:48: error: unknown citation key 'nobody'; add it to a bibliography file or fix the key",
                "sources.bib:1:1: warning: source 'kaplan1983' is cited by no essay; cite it, list it in an essay's nocite, or remove it");
    }

    @Test
    void aSecondKeyAfterACommaIsSuffixTextAndAWarning() throws Exception {
        // pandoc separates citations with ';': in [@a, @b] the second is text after the first (the
        // Quarto ACM template writes so), which printed "@dobbs2008" and left it out of the sources
        Path src = site("Both [@kaplan1983, @dobbs2008] and [@kaplan1983, p. 3, cf. @dobbs2008] and [@kaplan1983, @handle].\n", BIB);
        assertThat(problems(src)).containsExactly(
                "essay.md:4:7: warning: '@dobbs2008' is text after the citation of 'kaplan1983' (its suffix), so it is"
                        + " printed as written and cites nothing; separate citations with ';', as in [@kaplan1983; @dobbs2008]",
                "essay.md:4:37: warning: '@dobbs2008' is text after the citation of 'kaplan1983' (its suffix), so it is"
                        + " printed as written and cites nothing; separate citations with ';', as in [@kaplan1983; @dobbs2008]",
                "sources.bib:8:1: warning: source 'dobbs2008' is cited by no essay; cite it, list it in an essay's nocite, or remove it");
    }

    @Test
    void keyDefinedTwiceNamesBothPlaces() throws Exception {
        Path src = site("[@dobbs2008] and [@kaplan1983]\n", BIB + "\n@misc{dobbs2008, title = {Again}, year = {2009}}\n");
        assertThat(problems(src)).containsExactly(
                "sources.bib:15:1: error: source key 'dobbs2008' is defined twice: here and at sources.bib:8");
    }

    @Test
    void malformedBibTeXNamesItsLine() throws Exception {
        Path src = site("[@dobbs2008]\n", BIB + "\n@book{broken,\n  title = {Unclosed\n");
        assertThat(problems(src)).as("no unknown-key errors that only follow from the broken file").containsExactly(
                "sources.bib:15:1: error: malformed BibTeX: entry 'broken' is never closed: the '{' at 16:11 has no "
                        + "matching '}'; add the missing '}'");
    }

    @Test
    void anUnclosedBraceIsReportedAtItsEntryAndTheEntriesAfterItStillLoad() throws Exception {
        String broken = """
                @book{early,
                  author = {Early, Ann},
                  title = {Unclosed {Title},
                  year = {1990}
                }

                """;
        Path src = site("[@early; @dobbs2008; @kaplan1983]\n", broken + BIB);
        assertThat(problems(src)).as("the entries after it load: no unknown keys").containsExactly(
                "sources.bib:1:1: error: malformed BibTeX: entry 'early' is never closed: the '{' at 3:11 has no "
                        + "matching '}'; add the missing '}'");
    }

    @Test
    void aLatin1BibliographyNamesTheFirstBadByte() throws Exception {
        Path src = site("[@dobbs2008]\n", "");
        byte[] latin1 = (BIB + "\n@book{muller,\n  author = {M\u00fcller, Hans},\n  year = {2000}\n}\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(src.resolve("sources.bib"), latin1);
        assertThat(problems(src)).anySatisfy(p -> assertThat(p)
                .startsWith("sources.bib:16:14: error: byte 0xFC is not valid UTF-8 text; save the file as UTF-8"));
    }

    @Test
    void malformedJsonAndYamlNameTheirLine() throws Exception {
        Path src = site("[@dobbs2008]\n", BIB);
        Files.writeString(src.resolve("extra.json"), "[\n  {\"id\": \"a\", \"type\": \"book\",\n    \"title\": }\n]\n");
        Files.writeString(src.resolve("extra.yaml"), "- id: b\n  type: book\n  title: [unclosed\n");
        Path out = dir.resolve("out");
        SiteConfig config = SiteConfig.builder(src, out).bibliography(List.of(src.resolve("sources.bib"),
                src.resolve("extra.json"), src.resolve("extra.yaml"))).build();
        List<String> problems = problems(src, config);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("extra.json:3:").contains("error:"));
        assertThat(problems).anySatisfy(p -> assertThat(p).matches("extra\\.yaml:[34]:\\d+: error: .*"));
    }

    @Test
    void cslJsonAndYamlSourcesAreCited() throws Exception {
        Path src = site("[@json1; @yaml1] and [@dobbs2008; @kaplan1983]\n", BIB);
        Files.writeString(src.resolve("sources.json"), """
                [{"id": "json1", "type": "article-journal", "title": "On Jupiters", "container-title": "Survival",
                  "author": [{"family": "Nash", "given": "Philip"}], "issued": {"date-parts": [[1997]]}}]
                """);
        Files.writeString(src.resolve("sources.yaml"), """
                - id: yaml1
                  type: book
                  title: Danger and Survival
                  author: [{family: Bundy, given: McGeorge}]
                  issued: {date-parts: [[1988]]}
                """);
        Path out = dir.resolve("out");
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(result.diagnostics().all()).isEmpty();
        var page = Jsoup.parse(out.resolve("essay.html"));
        assertThat(page.selectFirst(".citation").text()).isEqualTo("(Nash 1997; Bundy 1988)");
        assertThat(page.select("#sources .csl-entry").eachAttr("id"))
                .containsExactly("ref-yaml1", "ref-dobbs2008", "ref-kaplan1983", "ref-json1");
    }

    @Test
    void unknownStyleAndLocaleSaySoWithASuggestion() throws Exception {
        Path src = site("[@dobbs2008; @kaplan1983]\n", BIB);
        SiteConfig style = SiteConfig.builder(src, dir.resolve("out")).style("chicago-author-dat").build();
        assertThat(problems(src, style)).singleElement().asString()
                .contains("unknown citation style 'chicago-author-dat'").contains("did you mean 'chicago-author-date'");
        SiteConfig locale = SiteConfig.builder(src, dir.resolve("out")).locale("xx-YY").build();
        assertThat(problems(src, locale)).singleElement().asString().contains("unknown locale 'xx-YY'");
    }

    @Test
    void aSourceNobodyCitesIsAWarningUnlessNocited() throws Exception {
        Path src = site("[@dobbs2008]\n", BIB);
        assertThat(problems(src)).containsExactly("sources.bib:1:1: warning: source 'kaplan1983' is cited by no essay; "
                + "cite it, list it in an essay's nocite, or remove it");
        Files.writeString(src.resolve("essay.md"), "---\ntitle: E\nnocite: \"@kaplan1983\"\n---\n[@dobbs2008]\n");
        assertThat(problems(src)).isEmpty();
        Files.writeString(src.resolve("essay.md"), "---\ntitle: E\nnocite: \"@*\"\n---\nNo citation.\n");
        assertThat(problems(src)).isEmpty();
    }

    @Test
    void manyUnusedSourcesAreOneLineNamingTheFirstUnlessVerbose() throws Exception {
        StringBuilder bib = new StringBuilder(BIB);
        for (int i = 1; i <= 24; i++) {
            bib.append("\n@misc{extra").append(i).append(", title = {Extra ").append(i).append("}, year = {2000}}\n");
        }
        Path src = site("[@dobbs2008]\n", bib.toString());
        assertThat(problems(src)).containsExactly("sources.bib:1:1: warning: 25 sources of this file are cited by no "
                + "essay: kaplan1983, extra1, extra2, extra3, extra4, …; cite them, list them in an essay's nocite, or "
                + "remove them (-Dessay.verbose lists each with its line)");
        SiteConfig defaults = SiteConfig.defaults(src, dir.resolve("out"));
        SiteConfig verbose = SiteConfig.builder(src, dir.resolve("out")).verbose(true).build();
        List<String> each = problems(src, verbose);
        assertThat(each).hasSize(25).allSatisfy(p -> assertThat(p).contains("is cited by no essay"));
        assertThat(each.get(1)).isEqualTo("sources.bib:15:1: warning: source 'extra1' is cited by no essay; "
                + "cite it, list it in an essay's nocite, or remove it");
        assertThat(defaults.verbose()).isFalse();
    }

    @Test
    void anEssaysOwnBibliographyMustExistAndIsOnlyItsOwn() throws Exception {
        Path src = site("[@dobbs2008; @kaplan1983]\n", BIB);
        Files.writeString(src.resolve("other.md"), "---\ntitle: O\nbibliography: missing.bib\n---\nText.\n");
        assertThat(problems(src)).containsExactly(
                "other.md:3:1: error: bibliography file 'missing.bib' does not exist (paths are relative to the essay)");
    }
}
