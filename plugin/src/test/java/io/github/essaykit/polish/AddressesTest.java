package io.github.essaykit.polish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.discover.SitePaths;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressesTest {

    private static final List<String> LINKS = List.of("../bibliography.html#ref-a", " ../essays/b.html ", "#fn1", "",
            "https://example.org/x?q=1#f", "/about", "a b.html", "caf%C3%A9.html#x%20y", "%zz.html", "javascript:alert(1)",
            "//host/p", "../../../x.html", "./c.html#", "d.html#a#b", "#", "/about#x", "a:b.html", "a.html?x#y", "x.html#a:b?c/d",
            "(a)!*'~.html#$&+,;=@", "bibliography/smith-2020_b.html#ref-smith", "[x].html", "café.html#é", "a.html#b c");

    @Test
    void aPlainLinkReadsAsTheUriParserReadsIt() {
        java.util.Random random = new java.util.Random(13);
        // beyond ASCII: letters, a no-break space and a line separator (space characters), NEL (a
        // control character), an emoji's two surrogates
        String alphabet = "aZ09-._~/!$&'()*+,;=@:?#%[] éxüß\u00a0\u2028\u0085\ud83d\ude00";
        int plain = 0;
        int beyondAscii = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder link = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                link.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Addresses.Parsed fast = Addresses.plain(link.toString());
            if (fast == null) {
                continue; // left to the parser
            }
            plain++;
            beyondAscii += link.chars().anyMatch(c -> c >= 0x80) ? 1 : 0;
            URI uri = SitePaths.uri(link.toString().strip());
            assertThat(uri).as(link.toString()).isNotNull();
            assertThat(fast).as(link.toString()).isEqualTo(new Addresses.Parsed(true, uri.getScheme() != null || uri.getHost() != null,
                    uri.getPath() == null ? "" : uri.getPath(), uri.getFragment()));
        }
        assertThat(plain).as("links read without the parser").isGreaterThan(10_000);
        assertThat(beyondAscii).as("of them, links with characters beyond ASCII").isGreaterThan(2_000);
    }

    @Test
    void aLinkReadsAsItsUriEveryTimeItIsAsked() {
        Addresses addresses = new Addresses();
        for (int round = 0; round < 2; round++) { // the second round is answered from what the first kept
            for (String link : LINKS) {
                URI uri = SitePaths.uri(link.strip());
                Addresses.Parsed parsed = addresses.parse(link);
                assertThat(parsed.valid()).as(link).isEqualTo(uri != null);
                if (uri != null) {
                    assertThat(parsed.external()).as(link).isEqualTo(uri.getScheme() != null || uri.getHost() != null);
                    assertThat(parsed.path()).as(link).isEqualTo(uri.getPath() == null ? "" : uri.getPath());
                    assertThat(parsed.fragment()).as(link).isEqualTo(uri.getFragment());
                }
            }
        }
    }

    @Test
    void aTargetDependsOnThePagesFolderOnly() {
        Addresses addresses = new Addresses();
        for (String page : List.of("essays/a.html", "essays/b.html", "index.html", "x/y/z.html", "essays/a.html")) {
            for (String path : List.of("../b.html", "c.html", "../../d.html", "./e/../f.html", "../../../g.html")) {
                assertThat(addresses.resolve(page, path)).as(page + " → " + path).isEqualTo(SitePaths.resolve(page, path));
            }
        }
    }

    @Test
    void keepsOneCopyOfAnAddress() {
        Addresses addresses = new Addresses();
        String first = addresses.keep(new String("../a.html#x"));
        assertThat(addresses.keep(new String("../a.html#x"))).isSameAs(first);
    }
}
