package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems found in the generated HTML (a link to no element, an address refused, raw HTML
 * removed) are reported where the author wrote them: the essay's line and column, or the
 * source's line in its bibliography file, never the page essaykit wrote.
 */
class AuthorPositionsTest {

    @TempDir
    Path dir;

    private Path essays(String name, String text) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path file = src.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return src;
    }

    private List<String> problems(Path src) {
        return SiteBuilder.compile(SiteConfig.defaults(src, dir.resolve("out"))).diagnostics().all().stream()
                .map(Diagnostic::toString).toList();
    }

    @Test
    void aMarkdownLinkToNoIdOfItsPageIsAnErrorAtTheLink() throws Exception {
        Path src = essays("essays/a.md", "---\ntitle: A\n---\n\n# Method\n\n  [x](#missing) and [y](#methd).\n");
        assertThat(problems(src)).containsExactly(
                "essays/a.md:7:3: error: link '#missing' names no element of this essay; link to a heading, label or id of it",
                "essays/a.md:7:21: error: link '#methd' names no element of this essay (did you mean '#method'?);"
                        + " link to a heading, label or id of it");
    }

    @Test
    void aLinkFromTheServerRootIsKeptWithOneWarningAtEachPlace() throws Exception {
        // a blog post ported from Quarto links "/welcome": pandoc keeps it, so the build must not fail
        Path src = essays("a.md", "---\ntitle: A\n---\n\nSee [the welcome post](/welcome) and <a href=\"/about/\">me</a>.\n");
        String warning = "' starts at the server root, so it works only when the site is served at the root of its host,"
                + " not from disk or under a path; write it relative to this essay if it is part of the site";
        assertThat(problems(src)).containsExactly("a.md:5:5: warning: link '/welcome" + warning, "a.md:5:47: warning: link '/about/" + warning);
        BuildResult result = SiteBuilder.compile(SiteConfig.defaults(src, dir.resolve("out")));
        String page = new String(((io.github.essaykit.write.SiteFiles.Bytes) result.files().all().get("a.html")).bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(result.ok()).isTrue();
        assertThat(page).contains("href=\"/welcome\"", "href=\"/about/\"");
    }

    @Test
    void aLinkWrittenTwiceIsAnErrorAtEachPlace() throws Exception {
        Path src = essays("a.md", "---\ntitle: A\n---\n\nSee [here](#gone).\n\nAnd [there](#gone).[^1]\n\n[^1]: Or [in a note](#gone).\n");
        assertThat(problems(src)).containsExactly(
                "a.md:5:5: error: link '#gone' names no element of this essay; link to a heading, label or id of it",
                "a.md:7:5: error: link '#gone' names no element of this essay; link to a heading, label or id of it",
                "a.md:9:10: error: link '#gone' names no element of this essay; link to a heading, label or id of it");
    }

    @Test
    void aRawHtmlLinkToNoIdIsAnErrorAtItsAddress() throws Exception {
        Path src = essays("a.md", "---\ntitle: A\n---\n\nText <a href=\"#nope\">jump</a>.\n\n<div>\n<a href=\"#nope2\">x</a>\n</div>\n");
        assertThat(problems(src)).containsExactly(
                "a.md:5:15: error: link '#nope' names no element of this essay; link to a heading, label or id of it",
                "a.md:8:10: error: link '#nope2' names no element of this essay; link to a heading, label or id of it");
    }

    @Test
    void aRawHtmlLinkToAMissingFileIsAnErrorAtItsAddress() throws Exception {
        Path src = essays("a.md", "---\ntitle: A\n---\n\nSee <a href=\"other.html\">other</a> and <img src=\"img/none.png\">.\n");
        assertThat(problems(src)).containsExactly(
                "a.md:5:14: error: link 'other.html' leads to no file of the site",
                "a.md:5:50: error: link 'img/none.png' leads to no file of the site");
    }

    @Test
    void removedRawHtmlIsAWarningAtEachPlace() throws Exception {
        Path src = essays("a.md", "---\ntitle: A\n---\n\nFine.\n\n<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>.\n");
        assertThat(problems(src)).containsExactly(
                "a.md:7:1: warning: removed raw HTML that is not on the allowlist (it could run code or break the page's"
                        + " Content-Security-Policy): <script>",
                "a.md:9:6: warning: removed raw HTML that is not on the allowlist (it could run code or break the page's"
                        + " Content-Security-Policy): b[onclick]");
    }

    @Test
    void aBibAddressToNoFileOfTheSiteIsAnErrorAtItsEntry() throws Exception {
        Path src = essays("essays/a.md", "---\ntitle: A\nbibliography: ../refs.bib\n---\n\nCited [@good].\n");
        Files.writeString(src.resolve("refs.bib"), "% refs\n\n@misc{good,\n  author = {Good, Ann},\n  title = {Good},\n"
                + "  year = {2000},\n  archiveurl = {files/missing report.pdf}\n}\n");
        assertThat(problems(src)).containsExactly(
                "refs.bib:3:1: error: source 'good': link 'files/missing%20report.pdf' leads to no file of the site");
    }

    @Test
    void aScriptAddressInABibFileIsAWarningAtItsEntry() throws Exception {
        Path src = essays("a.md", "---\ntitle: A\nbibliography: refs.bib\n---\n\nCited [@good] and [@bad].\n");
        Files.writeString(src.resolve("refs.bib"), "% refs\n\n@book{good,\n  author = {Good, Ann},\n  title = {Good},\n"
                + "  year = {2000}\n}\n\n% the next entry's address would run script\n\n\n@misc{bad,\n  author = {Bad, Bo},\n"
                + "  title = {Bad},\n  year = {2001},\n  url = {javascript:alert(1)}\n}\n");
        assertThat(problems(src)).containsExactly("refs.bib:12:1: warning: source 'bad': the URL 'javascript:alert(1)' is not"
                + " linked: only http, https, mailto and relative URLs are published");
    }
}
