package io.github.essaykit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossRefParseTest {

    private static CrossRef only(String markdown) {
        List<CrossRef> refs = Nodes.find(markdown, CrossRef.class);
        assertThat(refs).hasSize(1);
        assertThat(Nodes.find(markdown, Citation.class)).isEmpty();
        return refs.get(0);
    }

    @Test
    void narrative() {
        CrossRef ref = only("As @sec-berlin shows");
        assertThat(ref.labels()).containsExactly("sec-berlin");
        assertThat(ref.kind()).isEqualTo(CrossRef.Kind.SECTION);
        assertThat(ref.capitalize()).isFalse();
        assertThat(ref.suppressWord()).isFalse();
        assertThat(ref.isBracketed()).isFalse();
        assertThat(ref.labelPosition(0)).isEqualTo(new SourcePosition(1, 4));
    }

    @Test
    void capitalisedPrefixIsNormalised() {
        CrossRef ref = only("@Sec-Berlin shows");
        assertThat(ref.labels()).containsExactly("sec-Berlin");
        assertThat(ref.capitalize()).isTrue();
    }

    @Test
    void numberOnly() {
        CrossRef ref = only("Section [-@sec-x] and");
        assertThat(ref.labels()).containsExactly("sec-x");
        assertThat(ref.suppressWord()).isTrue();
        assertThat(ref.isBracketed()).isTrue();
        assertThat(ref.labelPosition(0)).isEqualTo(new SourcePosition(1, 10));
    }

    @Test
    void several() {
        CrossRef ref = only("see [@fig-a; @fig-b]");
        assertThat(ref.labels()).containsExactly("fig-a", "fig-b");
        assertThat(ref.kind()).isEqualTo(CrossRef.Kind.FIGURE);
        assertThat(ref.labelPosition(1)).isEqualTo(new SourcePosition(1, 14));
    }

    @Test
    void prefixAndSuffixText() {
        CrossRef ref = only("[see @tbl-jupiters, bottom row]");
        assertThat(ref.labels()).containsExactly("tbl-jupiters");
        assertThat(ref.prefix()).isEqualTo("see");
        assertThat(ref.suffix()).isEqualTo(", bottom row");
    }

    @Test
    void trailingPunctuationIsLeftOut() {
        assertThat(only("in @fig-u2.").labels()).containsExactly("fig-u2");
    }

    @Test
    void otherPrefixesAreCitations() {
        assertThat(Nodes.find("@secretary2001 and @sec- and @thm-x", CrossRef.class)).isEmpty();
        assertThat(Nodes.find("@secretary2001 and @sec- and @thm-x", Citation.class)).hasSize(3);
    }

    @Test
    void equationReferencesAreCrossReferences() {
        CrossRef ref = Nodes.find("see @Eq-mass", CrossRef.class).get(0);
        assertThat(ref.kind()).isEqualTo(CrossRef.Kind.EQUATION);
        assertThat(ref.labels()).containsExactly("eq-mass");
        assertThat(ref.capitalize()).isTrue();
    }

    @Test
    void mixedBracketStaysACitation() {
        assertThat(Nodes.find("[@fig-a; @kaplan2001]", CrossRef.class)).isEmpty();
        assertThat(Nodes.find("[@fig-a; @kaplan2001]", Citation.class)).singleElement()
                .satisfies(c -> assertThat(c.items()).extracting(CiteItem::key)
                        .containsExactly("fig-a", "kaplan2001"));
    }
}
