package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    @TempDir
    Path dir;

    private final Views.Site site = new Views.Site("en", "Site <&>", false, true);

    @Test
    void escapesEveryValueFromInput() {
        String html = new Templates(null).render("index", site, new Views.Index("",
                List.of(new Views.EssayCard("a.html", "<script>alert(1)</script>", "", "", "", "", "\" onmouseover=\"x"))));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(html).doesNotContain("\" onmouseover=\"x");
        assertThat(html).contains("Site &lt;&amp;&gt;");
    }

    @Test
    void userFolderOverridesOneFileAndFallsBackForTheRest() throws Exception {
        Files.writeString(dir.resolve("index.mustache"), "{{<layout}}{{$content}}<p class=\"mine\">{{siteTitle}}</p>{{/content}}{{/layout}}");
        String html = new Templates(dir).render("index", site, new Views.Index("", List.of()));
        assertThat(html).contains("<p class=\"mine\">Site &lt;&amp;&gt;</p>").contains("<header class=\"site-header\">");
    }

    @Test
    void anUnknownVariableFailsWithTheTemplatePosition() throws Exception {
        Files.writeString(dir.resolve("index.mustache"), "line one\n{{nosuchthing}}\n");
        assertThatThrownBy(() -> new Templates(dir).render("index", site, new Views.Index("", List.of())))
                .hasMessageContaining("nosuchthing")
                .hasMessageContaining("index.mustache:2");
    }
}
