package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationFormatPandocTest {

    static final Path CASE = Path.of("src/test/resources/cases/citation-format");

    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"apa", "chicago-author-date", "chicago-notes-bibliography", "modern-language-association"})
    void readsLikePandoc(String style) throws Exception {
        SiteConfig config = SiteConfig.builder(CASE.resolve("essays"), out).style(style).build();
        BuildResult result = SiteBuilder.build(config);
        assertThat(result.diagnostics().errors()).isEmpty();
        Document pandoc = Jsoup.parse(Files.readString(CASE.resolve("expected/" + style + ".html")));
        Document ours = Jsoup.parse(out.resolve("format.html"));
        System.out.println("===== " + style);
        Files.copy(out.resolve("format.html"), Path.of("/tmp/fmt/ours-" + style + ".html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (style.contains("notes")) {
            dump("p", paragraphs(pandoc.select("body > p")), paragraphs(ours.select("article p:not(section p, li p, .byline)")));
            dump("note", texts(pandoc.select("section.footnotes li")), texts(ours.select("section.footnotes li")));
        } else {
            dump("cite", texts(pandoc.select("span.citation")), texts(ours.select("article span.citation")));
        }
        dump("entry", texts(pandoc.select("div.csl-entry")), texts(ours.select("section#sources div.csl-entry")));
    }

    static void dump(String what, List<String> exp, List<String> act) {
        for (int i = 0; i < Math.max(exp.size(), act.size()); i++) {
            String e = i < exp.size() ? exp.get(i) : "(none)";
            String a = i < act.size() ? act.get(i) : "(none)";
            System.out.println((e.equals(a) ? "  same " : "  DIFF ") + what + " " + (i + 1) + "\n     pandoc: " + e + (e.equals(a) ? "" : "\n     ours:   " + a));
        }
    }

    static List<String> paragraphs(List<Element> ps) {
        return texts(ps);
    }

    static List<String> texts(List<Element> elements) {
        List<String> t = new ArrayList<>();
        for (Element e : elements) {
            Element copy = e.clone();
            copy.select("a.footnote-back, .backrefs, .cited-in, a.archive-link").remove();
            for (Element sup : copy.select("sup")) {
                sup.prependText("^");
            }
            for (Element em : copy.select("em, i")) {
                em.prependText("_").appendText("_");
            }
            t.add(copy.text().replaceAll("\\s+", " ").strip());
        }
        return t;
    }
}
