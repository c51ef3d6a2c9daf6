package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A style's page-range-format on page locators, as pandoc and the CSL test suite apply it. */
class LocatorPagesTest {

    @Test
    void minimalTwoKeepsTwoDigitsOfTheSecondNumber() {
        assertThat(LocatorPages.format("601-603", "minimal-two", "–")).isEqualTo("601–03");
        assertThat(LocatorPages.format("210-212", "minimal-two", "–")).isEqualTo("210–12");
        assertThat(LocatorPages.format("42-45", "minimal-two", "–")).isEqualTo("42–45");
        assertThat(LocatorPages.format("2787-2816", "minimal-two", "–")).isEqualTo("2787–816");
        assertThat(LocatorPages.format("100-4", "minimal-two", "–")).isEqualTo("100–04");
    }

    @Test
    void otherFormatsAreCiteprocJavasAndOnlyArabicRangesChange() {
        assertThat(LocatorPages.format("170-72", "expanded", "–")).isEqualTo("170–172");
        assertThat(LocatorPages.format("391-393", "chicago-16", "–")).isEqualTo("391–93");
        assertThat(LocatorPages.format("12, 14-16", "expanded", "–")).isEqualTo("12, 14–16");
        assertThat(LocatorPages.format("xii-xv", "minimal-two", "–")).isEqualTo("xii-xv");
        assertThat(LocatorPages.format("170-72", "", "–")).isEqualTo("170-72");
    }

    @Test
    void theLocalesDelimiterJoinsTheRange() {
        // AMA sets page-range-delimiter to "-" in its own locale: pandoc prints "pp210-212"
        assertThat(LocatorPages.format("210-12", "expanded", "-")).isEqualTo("210-212");
        assertThat(LocatorPages.format("601-603", "minimal-two", "-")).isEqualTo("601-03");
    }

    @Test
    void aDelimiterPutBackIntoARenderedCitationIsText() {
        // a style's own locale may set any page-range-delimiter; it and the locator are written escaped
        List<CSLCitationItem> items = List.of(new CSLCitationItemBuilder("a").locator("1<b>2").build());
        assertThat(LocatorPages.delimited("<sup>1(pp1\u20132)</sup>", items, "<b>"))
                .isEqualTo("<sup>1(pp1&lt;b&gt;2)</sup>");
        assertThat(LocatorPages.delimited("<sup>1(pp210\u2013212)</sup>", List.of(new CSLCitationItemBuilder("a").locator("210-212").build()), "-"))
                .isEqualTo("<sup>1(pp210-212)</sup>");
    }
}
