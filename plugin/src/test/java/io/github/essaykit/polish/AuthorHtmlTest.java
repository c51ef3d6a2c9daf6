package io.github.essaykit.polish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.markdown.EssayMarkdown;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorHtmlTest {

    private final AuthorHtml cleaner = AuthorHtml.create();

    @Test
    void removesWhatWouldRunCode() {
        AuthorHtml.Cleaned cleaned = cleaner.clean("<p onclick=\"x()\" style=\"color:red\">Hi <a href=\"javascript:alert(1)\">x</a></p>"
                + "<script>alert(1)</script><iframe src=\"https://evil\"></iframe>");
        assertThat(cleaned.html()).isEqualTo("<p>Hi <a>x</a></p>");
        assertThat(cleaned.removed()).containsExactly("p[onclick]", "p[style]", "a[href]", "<script>", "<iframe>");
    }

    @Test
    void catchesHandlersWithoutASpaceBeforeThem() {
        AuthorHtml.Cleaned cleaned = cleaner.clean("<p>See <svg/onload=alert(1)></svg> it.</p>");
        assertThat(cleaned.html()).isEqualTo("<p>See <svg></svg> it.</p>");
        assertThat(cleaned.removed()).containsExactly("svg[onload]");
    }

    @Test
    void decodesAndStripsControlCharactersBeforeJudgingAnAddress() {
        String html = cleaner.clean("<form action=\"&#1;javascript:alert(1)\"><button>Go</button></form>"
                + "<a href=\"&#x6A;ava&#x09;script&colon;alert(2)\">a</a><a href=\" JAVASCRIPT:alert(3)\">b</a>"
                + "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==\">c</a>"
                + "<img src=\"vbscript:msgbox(5)\" alt=\"d\"><a href=\"java&#0;script:alert(6)\">e</a>").html();
        assertThat(html).isEqualTo("Go<a>a</a><a>b</a><a>c</a><img alt=\"d\"><a>e</a>");
    }

    @Test
    void dropsStylesBaseMetaAndFormsWhateverTheyHold() {
        AuthorHtml.Cleaned cleaned = cleaner.clean("<style>body{background:url(javascript:alert(1))}</style><base href=\"https://evil/\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><link rel=\"stylesheet\" href=\"https://evil/x.css\">"
                + "<form action=\"https://evil/\"><input name=\"q\"></form><object data=\"x.swf\"></object><embed src=\"x.swf\">"
                + "<p>kept</p>");
        assertThat(cleaned.html()).isEqualTo("<p>kept</p>");
        assertThat(cleaned.removed()).contains("<style>", "<base>", "<meta>", "<link>", "<form>", "<input>", "<object>", "<embed>");
    }

    @Test
    void keepsAStaticSvgButNotItsScriptsAnimationsOrForeignContent() {
        String html = cleaner.clean("<svg viewBox=\"0 0 10 10\" role=\"img\" aria-label=\"dot\"><title>dot</title>"
                + "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"red\"/>"
                + "<a href=\"#\"><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><text x=\"1\" y=\"9\">t</text></a>"
                + "<set attributeName=\"onmouseover\" to=\"alert(2)\"/><script>alert(3)</script>"
                + "<use href=\"data:image/svg+xml,&lt;svg onload=alert(4)&gt;\"/><use xlink:href=\"#c\"/>"
                + "<foreignObject><iframe src=\"javascript:alert(5)\"></iframe></foreignObject>"
                + "<image href=\"javascript:alert(6)\"/></svg>").html();
        assertThat(html).contains("<svg viewBox=\"0 0 10 10\" role=\"img\" aria-label=\"dot\">", "<title>dot</title>",
                "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"red\" />", "<text x=\"1\" y=\"9\">t</text>", "<use xlink:href=\"#c\" />")
                .doesNotContain("animate", "<set", "script", "alert", "foreignobject", "iframe", "<image", "data:");
    }

    @Test
    void framesOnlyFromListedHostsOverHttpsAndSandboxed() {
        AuthorHtml frames = AuthorHtml.allowingFramesFrom(Set.of("www.youtube-nocookie.com"));
        String html = frames.clean("<iframe src=\"https://www.youtube-nocookie.com/embed/x\" width=\"560\" onload=\"alert(1)\"></iframe>"
                + "<iframe src=\"https://evil.example/embed/x\"></iframe>"
                + "<iframe src=\"http://www.youtube-nocookie.com/embed/x\"></iframe>"
                + "<iframe src=\"https://www.youtube-nocookie.com@evil.example/\"></iframe>"
                + "<iframe srcdoc=\"&lt;script&gt;alert(2)&lt;/script&gt;\"></iframe>").html();
        assertThat(html).isEqualTo("<iframe src=\"https://www.youtube-nocookie.com/embed/x\" width=\"560\" "
                + "sandbox=\"allow-scripts allow-same-origin allow-popups allow-presentation\"></iframe>");
        assertThat(cleaner.clean("<iframe src=\"https://www.youtube-nocookie.com/embed/x\"></iframe>").html()).isEmpty();
    }

    @Test
    void keepsTheMarkupOurRenderersWrite() {
        String ours = "<p>Text<span class=\"citation\" data-cites=\"kaplan2001\"><a href=\"#ref-kaplan2001\" id=\"cite-1\" "
                + "class=\"cite-link\" role=\"doc-biblioref\" data-preview=\"ref-kaplan2001\" data-locators=\"p. 4\">(Kaplan 2001)</a></span>"
                + "<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" role=\"doc-noteref\" aria-describedby=\"fn-1\">1</a></sup></p>"
                + "<figure id=\"fig-u2\"><img src=\"u2.jpg\" alt=\"U-2\" title=\"t\"><figcaption><span class=\"caption-number\">Figure 1:</span> "
                + "U-2</figcaption></figure><div class=\"table-wrap\"><table><caption>c</caption><thead><tr><th align=\"left\">a</th></tr></thead>"
                + "<tbody><tr><td align=\"right\">1</td></tr></tbody></table></div><h2 id=\"sec-x\"><span class=\"secnum\">2</span> X</h2>"
                + "<ol start=\"3\"><li value=\"3\"><del>d</del> <code>c</code> <a href=\"other.html#sec-y\" class=\"xref essay-link\" "
                + "data-preview=\"pv-other-sec-y\" title=\"t\">Section 3</a> <a href=\"mailto:a@b.org\">m</a></li></ol>"
                + "<pre><code class=\"language-java\">x &lt; y &amp;&amp; z</code></pre><blockquote><p>q</p></blockquote><hr>";
        AuthorHtml.Cleaned cleaned = cleaner.clean(ours);
        assertThat(cleaned.removed()).isEmpty();
        assertThat(cleaned.html()).isEqualTo(ours);
    }

    @Test
    void onlyEssaysWithRawHtmlNeedCleaning() {
        var parser = EssayMarkdown.parser();
        assertThat(AuthorHtml.needsCleaning(parser.parse("Plain *prose* on the [web](https://example.org/)."))).isFalse();
        assertThat(AuthorHtml.needsCleaning(parser.parse("[x](javascript:alert(1))"))).isFalse(); // the URL policy's job
        assertThat(AuthorHtml.needsCleaning(parser.parse("Raw <span>html</span>."))).isTrue();
        assertThat(AuthorHtml.needsCleaning(parser.parse("<div>\nblock\n</div>\n"))).isTrue();
    }
}
