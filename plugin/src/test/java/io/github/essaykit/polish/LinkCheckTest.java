package io.github.essaykit.polish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkCheckTest {

    @Test
    void acceptsResolvingLinksAndReportsTheRest() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index.html", "<a href='a/b.html#x'>ok</a><a href='https://example.org/'>ext</a>"
                + "<a href='#top' id='top'>self</a><img src='img/p.png'><a href='a/b.html#nope'>bad id</a>"
                + "<a href='missing.html'>bad file</a><a href='/root.html'>root</a>");
        pages.put("a/b.html", "<h2 id='x'>X</h2><a href='../index.html'>up</a><link href='../assets/s.css'>");
        var problems = LinkCheck.check(pages, Set.of("img/p.png", "assets/s.css"));
        // what the page alone tells first, then the links into other files (a build sorts them all)
        assertThat(problems).extracting(Diagnostic::toString).containsExactly(
                "index.html: error: link '/root.html' starts at the server root; use a relative link so the site works under any path",
                "index.html: error: link 'a/b.html#nope' names no element of a/b.html",
                "index.html: error: link 'missing.html' leads to no file of the site");
    }

    @Test
    void acceptsPercentEncodedAndUnicodeFileNames() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index.html", "<a href='my%20essay.html#n'>a</a><a href='caf%C3%A9.html'>b</a><a href='café.html'>c</a><a href='my essay.html'>d</a>"
                + "<img src='img/a+b.png'><img src='img/a%2Bb.png'><a href='my%2520essay.html'>double-encoded</a>");
        pages.put("my essay.html", "<p id='n'>");
        pages.put("café.html", "<p>");
        assertThat(LinkCheck.check(pages, Set.of("img/a+b.png"))).extracting(Diagnostic::toString).containsExactly(
                "index.html: error: link 'my%2520essay.html' leads to no file of the site");
    }

    @Test
    void aMemoReusesUnchangedPagesAndSeesChangedOnes() {
        LinkCheck.Memo memo = LinkCheck.Memo.create();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("a.html", "<a href='b.html#x'>to b</a>");
        pages.put("b.html", "<h2 id='x'>X</h2>");
        assertThat(LinkCheck.check(pages, Set.of(), memo)).isEmpty();
        pages.put("b.html", "<h2 id='y'>Y</h2>");
        assertThat(LinkCheck.check(pages, Set.of(), memo)).extracting(Diagnostic::toString)
                .containsExactly("a.html: error: link 'b.html#x' names no element of b.html");
        pages.put("b.html", "<h2 id='x'>X</h2>");
        assertThat(LinkCheck.check(pages, Set.of(), memo)).isEmpty();
    }

    @Test
    void aMemoRechecksAnUnchangedPageWhenAFileOrPageItLinksToComesOrGoes() {
        LinkCheck.Memo memo = LinkCheck.Memo.create();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("a.html", "<img src='p.png'><a href='c.html'>c</a>");
        assertThat(LinkCheck.check(pages, Set.of("p.png"), memo)).extracting(Diagnostic::toString)
                .containsExactly("a.html: error: link 'c.html' leads to no file of the site");
        pages.put("c.html", "<p>");
        assertThat(LinkCheck.check(pages, Set.of("p.png"), memo)).isEmpty();
        assertThat(LinkCheck.check(pages, Set.of(), memo)).extracting(Diagnostic::toString)
                .containsExactly("a.html: error: link 'p.png' leads to no file of the site");
        pages.remove("c.html");
        assertThat(LinkCheck.check(pages, Set.of("p.png", "c.html"), memo)).as("a page become a file").isEmpty();
        assertThat(LinkCheck.check(pages, Set.of("p.png", "c.html"), memo)).isEmpty();
    }

    @Test
    void anIdOnTwoElementsOfAPageIsAnErrorAtTheSecond() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("a.html", "<p id='fn-1'>heading</p>\n<ol>\n  <li id='fn-1'>note</li></ol><a href='#fn-1'>1</a>");
        pages.put("b.html", "<p id='fn-1'>only once here</p>");
        assertThat(LinkCheck.check(pages, Set.of())).extracting(Diagnostic::toString).containsExactly(
                "a.html:3:3: error: id 'fn-1' is on more than one element of this page (first on line 1); ids must be unique "
                        + "in a page: change the raw HTML or template that repeats it");
    }
}
