package io.github.essaykit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;

/**
 * Our syntax must not change plain CommonMark: every example of the CommonMark spec (and of the
 * GFM spec) renders the same with our extensions added as without them, except where one of our
 * nodes appears, which is checked to happen only in the few examples listed here.
 */
class SpecRegressionTest {

    private static final List<Extension> GFM = EssayMarkdown.extensions().stream()
            .filter(e -> !(e instanceof CitationExtension) && !(e instanceof LabelExtension) && !(e instanceof MathExtension))
            .toList();
    private static final List<Extension> OURS = List.of(CitationExtension.create(), LabelExtension.create(), MathExtension.create());

    @Test
    void coreSpecWithOurExtensionsAlone() {
        List<String> changed = compare(TestResources.getSpec(), List.of(), OURS);
        // the only spec examples that use our syntax: images alone in a paragraph (implicit figures)
        // and "@" after a non-letter (citations); every other example renders byte for byte the same
        assertThat(changed).allSatisfy(source -> assertThat(source).containsAnyOf("![", "@"));
        assertThat(changed).containsExactlyInAnyOrderElementsOf(withOurNodes(TestResources.getSpec(), OURS));
        assertThat(changed).hasSizeLessThan(30);
    }

    @Test
    void gfmSpecWithEveryExtension() {
        List<String> changed = compare(TestResources.getGfmSpec(), GFM, EssayMarkdown.extensions());
        assertThat(changed).containsExactlyInAnyOrderElementsOf(
                withOurNodes(TestResources.getGfmSpec(), EssayMarkdown.extensions()));
        assertThat(changed).hasSizeLessThan(30);
    }

    /** Sources of the examples whose HTML differs between the two extension sets. */
    private static List<String> compare(java.net.URL spec, List<Extension> base, List<Extension> added) {
        Parser plain = Parser.builder().extensions(base).build();
        Parser ours = Parser.builder().extensions(union(base, added)).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(base).build();
        List<String> changed = new ArrayList<>();
        List<Example> examples = ExampleReader.readExamples(spec);
        assertThat(examples).hasSizeGreaterThan(600);
        for (Example example : examples) {
            String expected = renderer.render(plain.parse(example.getSource()));
            String actual = renderer.render(ours.parse(example.getSource()));
            if (!expected.equals(actual)) {
                changed.add(example.getSource());
            }
        }
        return changed;
    }

    /** Sources of the examples in which our parser makes a node of ours. */
    private static List<String> withOurNodes(java.net.URL spec, List<Extension> extensions) {
        Parser parser = Parser.builder().extensions(extensions).build();
        return ExampleReader.readExamples(spec).stream()
                .map(Example::getSource)
                .filter(source -> {
                    Node doc = parser.parse(source);
                    return Stream.of(Citation.class, CrossRef.class, Figure.class, HeadingLabel.class, TableCaption.class, TexMath.class)
                            .anyMatch(type -> !Nodes.find(doc, type).isEmpty());
                })
                .toList();
    }

    private static List<Extension> union(List<Extension> a, List<Extension> b) {
        List<Extension> all = new ArrayList<>(a);
        b.stream().filter(e -> a.stream().noneMatch(x -> x.getClass() == e.getClass())).forEach(all::add);
        return all;
    }
}
