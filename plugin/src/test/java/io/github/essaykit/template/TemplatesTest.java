package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
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
                List.of(new Views.EssayCard("a.html", "<script>alert(1)</script>", "", "", "", "", "\" onmouseover=\"x", "1 min read"))), Views.Publishing.NONE);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(html).doesNotContain("\" onmouseover=\"x");
        assertThat(html).contains("Site &lt;&amp;&gt;");
    }

    @Test
    void userFolderOverridesOneFileAndFallsBackForTheRest() throws Exception {
        Files.writeString(dir.resolve("index.mustache"), "{{<layout}}{{$content}}<p class=\"mine\">{{siteTitle}}</p>{{/content}}{{/layout}}");
        String html = new Templates(dir).render("index", site, new Views.Index("", List.of()), Views.Publishing.NONE);
        assertThat(html).contains("<p class=\"mine\">Site &lt;&amp;&gt;</p>").contains("<header class=\"site-header\">");
    }

    private String errorOf(String template) throws Exception {
        Files.writeString(dir.resolve("index.mustache"), template);
        return errorOfFolder();
    }

    private String errorOfFolder() {
        Templates templates = new Templates(dir, "templates");
        Throwable thrown = catchThrowable(() -> templates.render("index", site, new Views.Index("", List.of()), Views.Publishing.NONE));
        assertThat(thrown).isInstanceOf(TemplateError.class);
        assertThat(thrown.getStackTrace()).as("a user's mistake, not a crash").isEmpty();
        return ((TemplateError) thrown).diagnostic().toString();
    }

    @Test
    void anUnknownVariableIsAnErrorAtItsTagWithASuggestion() throws Exception {
        assertThat(errorOf("line one\n<p>{{nosuchthing}}</p>\n")).isEqualTo("templates/index.mustache:2:4: error: template "
                + "variable 'nosuchthing' is not defined; use a name the page provides, or remove the tag");
        assertThat(errorOf("<h1>\n  {{siteTitel}}</h1>\n")).isEqualTo("templates/index.mustache:2:3: error: template variable"
                + " 'siteTitel' is not defined (did you mean 'siteTitle'?); use a name the page provides, or remove the tag");
    }

    @Test
    void anUnclosedOrMismatchedSectionNamesItsTag() throws Exception {
        assertThat(errorOf("a\n {{#essays}}\nb\n")).isEqualTo(
                "templates/index.mustache:2:2: error: section 'essays' is never closed; add {{/essays}}");
        assertThat(errorOf("a\n{{#essays}}\nb\n{{/essay}}\n")).isEqualTo(
                "templates/index.mustache:4:1: error: 'essay' closes the section 'essays'; close it with {{/essays}}");
        assertThat(errorOf("a\nb {{siteTitle\n")).isEqualTo("templates/index.mustache:2: error: a tag is not closed; end it with }}");
    }

    @Test
    void aMissingPartialOrParentNamesTheTagThatWantsIt() throws Exception {
        assertThat(errorOf("a\nb {{> footer}}\n")).isEqualTo("templates/index.mustache:2:3: error: partial 'footer' does not exist:"
                + " no footer.mustache in the template folder or essaykit's defaults; add the file or fix the name");
        assertThat(errorOf("{{<layuot}}{{/layuot}}\n")).isEqualTo("templates/index.mustache:1:1: error: parent template 'layuot'"
                + " does not exist: no layuot.mustache in the template folder or essaykit's defaults; add the file or fix the name");
    }

    @Test
    void aTemplateThatIsNotUtf8IsReportedAtTheBadByte() throws Exception {
        Files.write(dir.resolve("index.mustache"), "<p>\n<p>Caf\u00e9</p>\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(errorOfFolder()).isEqualTo("templates/index.mustache:2:7: error: byte 0xE9 is not valid UTF-8 text; save the file as UTF-8");
    }

    @Test
    void aPartialOutsideTheFolderIsNotRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("secret.mustache"), "secret");
        Files.writeString(folder.resolve("index.mustache"), "{{> ../secret}}\n");
        assertThatThrownBy(() -> new Templates(folder).render("index", site, new Views.Index("", List.of()), Views.Publishing.NONE))
                .hasMessageContaining("partial '../secret' does not exist");
    }
}
