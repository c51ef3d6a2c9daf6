package io.github.essaykit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributesTest {

    @Test
    void idClassesAndPairsAsPandocReadsThem() {
        Attributes a = Attributes.parse("{#fig-1 .wide .chart key=val title=\"A \\\"quoted\\\" title\" k2='single' -}").orElseThrow();
        assertThat(a.id()).isEqualTo("fig-1");
        assertThat(a.classes()).containsExactly("wide", "chart", "unnumbered");
        assertThat(a.pairs()).containsExactly(Map.entry("key", "val"), Map.entry("title", "A \"quoted\" title"),
                Map.entry("k2", "single"));
        assertThat(a.without("key").pairs()).doesNotContainKey("key");
    }

    @Test
    void aLaterIdWinsAndSpacesAreFree() {
        assertThat(Attributes.parse("  {  #a   #b  }  ")).map(Attributes::id).hasValue("b");
        assertThat(Attributes.parse("{}")).hasValue(new Attributes("", List.of(), Map.of()));
    }

    @Test
    void anythingElseIsNotAttributes() {
        for (String text : List.of("{#}", "{.}", "{key}", "{key=\"unclosed}", "{#a.b}x", "plain", "{r echo=false}", "{=html}")) {
            assertThat(Attributes.parse(text)).as(text).isEmpty();
        }
    }
}
