package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The citation options read from the style itself, without rendering any variant's XML. */
class StyleVariantsOptionsTest {

    private static StyleVariants style(String citationAttributes) {
        return StyleVariants.parse("""
                <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
                  <info><title>t</title><id>t</id></info>
                  <citation %s><layout prefix="(" suffix=")" delimiter="; "><text variable="title"/></layout></citation>
                  <bibliography><layout><text variable="title"/></layout></bibliography>
                </style>""".formatted(citationAttributes));
    }

    @Test
    void yearSuffixesAreAddedOnlyWhenTheCitationAsksForThem() {
        assertThat(style("disambiguate-add-year-suffix=\"true\"").options().addsYearSuffix()).isTrue();
        assertThat(style("disambiguate-add-year-suffix=\"false\"").options().addsYearSuffix()).isFalse();
        assertThat(style("disambiguate-add-givenname=\"true\"").options().addsYearSuffix()).isFalse();
        assertThat(style("").options().givennameRule()).isEmpty();
    }
}
