package io.github.essaykit.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\u0001javascript:alert(1)",
        "&#1;javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "java\u0000script:alert(1)",
        "jav&#x09;ascript:alert(1)", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "&#0000106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "javascript&colon;alert(1)", "javascript&#58;alert(1)",
        "java\u200Bscript:alert(1)", "\uFEFFjavascript:alert(1)", "java\u00A0script:alert(1)",
        "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "DATA:text/html,x",
        "livescript:x", "file:///etc/passwd", "ftp://example.org/", "blob:https://example.org/x", "unknown:x"})
    void refuses(String url) {
        assertThat(UrlPolicy.allows(url)).as(url).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.org/a?b=c#d", "HTTP://example.org/", "mailto:ed@example.org", "other.html#sec-x",
        "#fn-1", "../images/u2.jpg", "/root-relative", "//cdn.example.org/x.png", "?q=1", "",
        "a/b:c", "notes.html?x=javascript:alert(1)", "https://example.org/?u=javascript:x"})
    void allows(String url) {
        assertThat(UrlPolicy.allows(url)).as(url).isTrue();
    }

    @Test
    void nullIsRefused() {
        assertThat(UrlPolicy.allows(null)).isFalse();
    }

    @Test
    void framesOnlyFromListedHostsOverHttps() {
        Set<String> hosts = Set.of("www.youtube-nocookie.com");
        assertThat(UrlPolicy.isHttpsOn("https://www.youtube-nocookie.com/embed/x", hosts)).isTrue();
        assertThat(UrlPolicy.isHttpsOn("https://WWW.youtube-nocookie.com:443/embed/x", hosts)).isTrue();
        assertThat(UrlPolicy.isHttpsOn("http://www.youtube-nocookie.com/embed/x", hosts)).isFalse();
        assertThat(UrlPolicy.isHttpsOn("https://www.youtube-nocookie.com.evil.example/", hosts)).isFalse();
        assertThat(UrlPolicy.isHttpsOn("https://www.youtube-nocookie.com@evil.example/", hosts)).isFalse();
        assertThat(UrlPolicy.isHttpsOn("https://evil.example\\@www.youtube-nocookie.com/", hosts)).isFalse();
        assertThat(UrlPolicy.isHttpsOn("//www.youtube-nocookie.com/embed/x", hosts)).isFalse();
    }
}
