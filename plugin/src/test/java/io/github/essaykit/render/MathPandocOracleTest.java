package io.github.essaykit.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.markdown.EssayMarkdown;
import io.github.essaykit.markdown.MathExtension;
import io.github.essaykit.resolve.Labels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Math reads and renders as pandoc 2.17 with {@code --mathjax}: each paragraph of
 * pandoc/math/cases.md against the same paragraph of expected-cases.html (pandoc's Markdown, as
 * essays are read) and of expected-cases-single-backslash.html (with {@code
 * tex_math_single_backslash}, {@link MathExtension#withSingleBackslash()}), written by the
 * regenerate.sh beside them. The whole paragraph is compared, so what is not math (a literal
 * {@code $}, code, emphasis, {@code \[} as an escaped bracket) must match too.
 */
class MathPandocOracleTest {

    static Stream<Arguments> paragraphs() throws IOException {
        return Stream.concat(paragraphs(EssayMarkdown.parser(), "expected-cases.html"),
                paragraphs(singleBackslashParser(), "expected-cases-single-backslash.html"));
    }

    private static Stream<Arguments> paragraphs(Parser parser, String expectedFile) throws IOException {
        String markdown = resource("cases.md");
        List<String> cases = List.of(markdown.strip().split("\n\n"));
        List<Element> expected = Jsoup.parseBodyFragment(resource(expectedFile)).select("body > p");
        assertThat(expected).hasSize(cases.size());
        List<Element> ours = paragraphsOf(render(parser, markdown));
        assertThat(ours).hasSize(cases.size());
        return IntStream.range(0, cases.size()).mapToObj(i -> Arguments.of(expectedFile, cases.get(i),
                normalised(expected.get(i)), normalised(ours.get(i))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("paragraphs")
    void rendersLikePandoc(String oracle, String markdown, String pandoc, String essaykit) {
        assertThat(essaykit).isEqualTo(pandoc);
    }

    /** The essay parser with single-backslash math on. */
    static Parser singleBackslashParser() {
        List<Extension> extensions = new ArrayList<>(EssayMarkdown.extensions());
        extensions.removeIf(e -> e instanceof MathExtension);
        extensions.add(MathExtension.withSingleBackslash());
        return Parser.builder().extensions(extensions).build();
    }

    private static String render(Parser parser, String markdown) {
        Labels none = new Labels(Map.of(), Map.of());
        return HtmlRenderer.builder()
                .nodeRendererFactory(context -> new MathHtmlRenderer(context, none))
                .build()
                .render(parser.parse(markdown));
    }

    private static List<Element> paragraphsOf(String html) {
        return new ArrayList<>(Jsoup.parseBodyFragment(html).select("body > p"));
    }

    private static String normalised(Element paragraph) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        paragraph.ownerDocument().outputSettings(settings);
        return paragraph.html();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MathPandocOracleTest.class.getResourceAsStream("/pandoc/math/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
