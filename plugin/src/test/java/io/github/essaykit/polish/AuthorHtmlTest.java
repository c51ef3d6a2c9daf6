package io.github.essaykit.polish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.markdown.EssayMarkdown;
import org.junit.jupiter.api.Test;

class AuthorHtmlTest {

    @Test
    void removesWhatWouldRunCode() {
        AuthorHtml.Cleaned cleaned = AuthorHtml.clean("<p onclick=\"x()\" style=\"color:red\">Hi <a href=\"javascript:alert(1)\">x</a></p>"
                + "<script>alert(1)</script><iframe src=\"https://evil\"></iframe>");
        assertThat(cleaned.html()).isEqualTo("<p>Hi <a>x</a></p>");
        assertThat(cleaned.removed()).containsExactlyInAnyOrder("<script>", "<iframe>", "p[onclick]", "p[style]", "a[href]");
    }

    @Test
    void catchesHandlersWithoutASpaceBeforeThem() {
        AuthorHtml.Cleaned cleaned = AuthorHtml.clean("<p>See <svg/onload=alert(1)></svg> it.</p>");
        assertThat(cleaned.html()).doesNotContain("onload");
        assertThat(cleaned.removed()).containsExactly("svg[onload]");
    }

    @Test
    void onlyEssaysWithRawHtmlOrScriptedAddressesNeedCleaning() {
        var parser = EssayMarkdown.parser();
        assertThat(AuthorHtml.needsCleaning(parser.parse("Plain *prose* on the [web](https://example.org/)."))).isFalse();
        assertThat(AuthorHtml.needsCleaning(parser.parse("Raw <span>html</span>."))).isTrue();
        assertThat(AuthorHtml.needsCleaning(parser.parse("<div>\nblock\n</div>\n"))).isTrue();
        assertThat(AuthorHtml.needsCleaning(parser.parse("[x](javascript:alert(1))"))).isTrue();
        assertThat(AuthorHtml.needsCleaning(parser.parse("![fig](JavaScript:alert(1)){#fig-x}"))).isTrue();
    }

    @Test
    void leavesOrdinaryHtmlUntouched() {
        String html = "<p>An <em>essay</em> with <a href=\"https://example.org/\">a link</a> and ones.</p>";
        assertThat(AuthorHtml.clean(html).html()).isEqualTo(html);
        assertThat(AuthorHtml.clean(html).removed()).isEmpty();
    }
}
