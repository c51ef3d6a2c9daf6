package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each source's page has an address made from its key alone, one file on every host. */
class SourcePagesTest {

    @Test
    void aLowerCaseKeyIsItsOwnAddress() {
        assertThat(SourcePages.path("pier")).isEqualTo("bibliography/pier.html");
        assertThat(SourcePages.path("marsh-2016_b.2")).isEqualTo("bibliography/marsh-2016_b.2.html");
    }

    @Test
    void anyOtherKeyIsLowerCasedWithAHashOfItself() {
        assertThat(SourcePages.path("Marsh2016")).matches("bibliography/marsh2016-[0-9a-f]{8}\\.html");
        assertThat(SourcePages.path("doi:10.1000/182")).matches("bibliography/doi-10-1000-182-[0-9a-f]{8}\\.html");
        assertThat(SourcePages.path("odd key")).matches("bibliography/odd-key-[0-9a-f]{8}\\.html");
        assertThat(SourcePages.path("café")).matches("bibliography/caf--[0-9a-f]{8}\\.html");
        assertThat(SourcePages.path(".hidden")).matches("bibliography/-hidden-[0-9a-f]{8}\\.html");
        assertThat(SourcePages.path("Marsh2016")).as("the same key, the same page").isEqualTo(SourcePages.path("Marsh2016"));
    }

    /** Published addresses: the same as the first release gave, whatever the caches hash with now. */
    @Test
    void anAddressNeverChangesBetweenReleases() {
        assertThat(SourcePages.path("Smith2020")).isEqualTo("bibliography/smith2020-303cd1f9.html");
        assertThat(SourcePages.path("smith:2020")).isEqualTo("bibliography/smith-2020-498970de.html");
        assertThat(SourcePages.path("Müller-Ärger")).isEqualTo("bibliography/m-ller--rger-c1cae3f6.html");
        assertThat(SourcePages.path("日本語")).isEqualTo("bibliography/----0bd91320.html");
    }

    @Test
    void keysDifferingInCaseOrPunctuationOnlyAreDifferentFilesWhereCaseIsIgnored() {
        List<String> keys = List.of("marsh2016", "Marsh2016", "MARSH2016", "marsh:2016", "marsh/2016", "marsh 2016", "marsh-2016");
        Set<String> files = keys.stream().map(SourcePages::path).map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        assertThat(files).hasSameSizeAs(keys);
    }

    @Test
    void aBracedWordOfATitleReadsAsItselfOnItsSourcePage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path src,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path out) throws Exception {
        java.nio.file.Files.writeString(src.resolve("sources.bib"), "@book{w2016, author = {Wick, Hal}, title = {Plots with"
                + " {ggplot2} and {eBay} data}, publisher = {Springer}, year = {2016}}\n");
        java.nio.file.Files.writeString(src.resolve("a.md"), "---\ntitle: A\n---\nText [@w2016].\n");
        assertThat(SiteBuilder.build(SiteConfig.defaults(src, out)).diagnostics().all()).isEmpty();
        String page = java.nio.file.Files.readString(out.resolve("bibliography/w2016.html"));
        // the formatter's case-keeping mark (U+1D400) had reached the page's title: "Plots with 𝐀ggplot2 and 𝐀eBay data"
        assertThat(org.jsoup.Jsoup.parse(page).title()).startsWith("Plots with ggplot2 and eBay data ·");
        assertThat(page).doesNotContain("\uD835\uDC00");
    }
}
