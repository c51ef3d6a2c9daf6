package io.github.essaykit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** pandoc's attribute grammar (its Markdown reader's {@code attributes}). */
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

    @Test
    void idClassesAndPairsInOrder() {
        Attributes a = Attributes.parse("{#sec-x .a .b key=v title=\"A title\" other='it''}").orElse(null);
        assertThat(a).isNull(); // the single-quoted value ends at the first quote: "it" then a stray '
        a = Attributes.parse("{#sec-x .a .b key=v title=\"A title\" other='it'}").orElseThrow();
        assertThat(a.id()).isEqualTo("sec-x");
        assertThat(a.classes()).containsExactly("a", "b");
        assertThat(a.pairs()).containsExactly(Map.entry("key", "v"), Map.entry("title", "A title"), Map.entry("other", "it"));
    }

    @Test
    void pandocsSpecialForms() {
        assertThat(Attributes.parse("{-}").orElseThrow().classes()).containsExactly("unnumbered");
        assertThat(Attributes.parse("{#a #b}").orElseThrow().id()).isEqualTo("b");
        Attributes keyed = Attributes.parse("{id=x class=\"c d\" .e}").orElseThrow();
        assertThat(keyed.id()).isEqualTo("x");
        assertThat(keyed.classes()).containsExactly("c", "d", "e");
        assertThat(Attributes.parse("{.a#b}").orElseThrow().id()).isEqualTo("b");
        assertThat(Attributes.parse("{#a.b}").orElseThrow().id()).isEqualTo("a.b");
        assertThat(Attributes.parse("{ }")).hasValue(Attributes.NONE);
        assertThat(Attributes.parse("{k=\"\"}").orElseThrow().get("k")).hasValue("");
        assertThat(Attributes.parseInside(".callout-note #x")).hasValue(new Attributes("x", java.util.List.of("callout-note"), Map.of()));
    }

    @Test
    void quotedValuesDecodeEscapesReferencesAndLineBreaks() {
        Attributes a = Attributes.parse("{a=\"x \\\" y\" b=\"&lt;&amp;\" c=\"one\ntwo\" d=x\\}y}").orElseThrow();
        assertThat(a.get("a")).hasValue("x \" y");
        assertThat(a.get("b")).hasValue("<&");
        assertThat(a.get("c")).hasValue("one two");
        assertThat(a.get("d")).hasValue("x}y");
        assertThat(Attributes.parse("{\n  .a\n  #b\n}").orElseThrow().classes()).containsExactly("a");
    }

    @Test
    void notAttributes() {
        for (String text : new String[] {"{x}", "{#1x}", "{.}", "{key=\"open}", "{k = v}", "{#a", "x {#a}", "{=html}",
                "{{#a}}", "{.a}}"}) {
            assertThat(Attributes.parse(text)).as(text).isEmpty();
        }
    }

    @Test
    void parseAtReportsTheEndAndReadsNoFurtherThanTheLimit() {
        assertThat(Attributes.parseAt("see {.a} then", 4)).isEqualTo(new Attributes.Parsed(
                new Attributes("", List.of("a"), Map.of()), 8));
        String open = "{k=\"" + "x".repeat(Attributes.LIMIT);
        assertThat(Attributes.parseAt(open + "\"}", 0)).isNull();
    }
}
