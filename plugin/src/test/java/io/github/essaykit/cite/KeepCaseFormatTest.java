package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.SourceLoader;
import io.github.essaykit.sources.bibtex.BibTeXReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Protected case through Chicago's title case: CSL-JSON's {@code <span class="nocase">} (pandoc
 * 2.17 formats the fixture below as "Doe, J. 2001. The ggplot2 Way: A de Gaulle Story.") and a BibTeX brace group holding punctuation inside words ({@code </script>}).
 */
class KeepCaseFormatTest {

    @TempDir
    Path dir;

    private String entry(String name, String text, String key) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        SourceLibrary library = SourceLoader.create(dir).load(List.of(file)).library();
        CitationFormatter formatter = CitationFormatter.create(CitationStyle.load("chicago-author-date", "en-US", dir).style(),
                library);
        EssayCitations formatted = formatter.formatEssay(List.of(CitationRequest.of(CiteItem.of(key))), List.of());
        return Jsoup.parse(formatted.bibliography().get(0).html()).text();
    }

    @Test
    void aNocaseSpanInCslJsonKeepsItsCaseAsPandocReadsIt() throws Exception {
        String json = """
                [{"id": "a", "type": "book", "author": [{"family": "Doe", "given": "J"}], "issued": {"date-parts": [[2001]]},
                  "title": "the <span class=\\"nocase\\">ggplot2</span> way: a <span class=\\"nocase\\">de Gaulle</span> story"}]
                """;
        assertThat(entry("nocase.json", json, "a")).isEqualTo("Doe, J. 2001. The ggplot2 Way: A de Gaulle Story.");
        // without the span the style capitalises it, in pandoc ("The Ggplot2 Way: A de Gaulle Story.") as here
        assertThat(entry("plain.json", json.replace("<span class=\\\"nocase\\\">ggplot2</span>", "ggplot2"), "a"))
                .isEqualTo("Doe, J. 2001. The Ggplot2 Way: A de Gaulle Story.");
    }

    @Test
    void aProtectedGroupKeepsTheCaseOfEveryWordInsideItAfterPunctuationToo() throws Exception {
        String bib = "@online{s, author = {Doe, Jane}, title = {{</script><script>alert(1)</script> and e.g. x}}, date = {2012}}\n";
        assertThat(entry("s.bib", bib, "s")).contains("“</script><script>alert(1)</script> and e.g. x.”");
    }

    @Test
    void keepCaseMarksEveryWordStartCiteprocJavaSees() {
        String k = BibTeXReader.KEEP_CASE;
        assertThat(BibTeXReader.keepCase("</script> e.g. O'Brien's (ggplot2)"))
                .isEqualTo("</" + k + "script> " + k + "e." + k + "g. " + k + "O'Brien's (" + k + "ggplot2)");
    }
}
