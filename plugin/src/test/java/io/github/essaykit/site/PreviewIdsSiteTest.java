package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links to targets whose preview ids used to be one ("a-b" with "sec-c" and "a" with "b-sec-c"
 * were both "pv-a-b-sec-c"; "notes/tapes" and "notestapes" both "pv-notestapes"): each link
 * shows its own target's preview.
 */
class PreviewIdsSiteTest {

    @TempDir
    Path dir;

    @Test
    void eachLinkPreviewsItsOwnTarget() throws Exception {
        Path src = dir.resolve("src");
        write(src.resolve("a-b.md"), "---\ntitle: Essay AB\nsummary: About ab.\n---\n# Section C {#sec-c}\n\nText of a-b's section c.\n");
        write(src.resolve("a.md"), "---\ntitle: Essay A\nsummary: About a.\n---\n# Section B C {#b-sec-c}\n\nText of a's section b-sec-c.\n");
        write(src.resolve("notes/tapes.md"), "---\ntitle: Tapes in notes\nsummary: The tapes of the notes folder.\n---\nBody.\n");
        write(src.resolve("notestapes.md"), "---\ntitle: Notestapes\nsummary: The notestapes essay.\n---\nBody.\n");
        write(src.resolve("reader.md"), """
                ---
                title: Reader
                summary: Links to the others.
                ---
                See [one](a-b.md#sec-c), [two](a.md#b-sec-c), [three](notes/tapes.md), [four](notestapes.md),
                and [one again](a-b.md#sec-c).
                """);
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("out")));
        assertThat(result.diagnostics().all()).isEmpty();
        Document reader = Jsoup.parse(dir.resolve("out/reader.html"));

        assertThat(reader.select("a.essay-link").eachAttr("data-preview").subList(0, 4)).doesNotHaveDuplicates();
        assertThat(preview(reader, "one")).contains("Text of a-b’s section c.").doesNotContain("Text of a’s");
        assertThat(preview(reader, "two")).contains("Text of a’s section b-sec-c.").doesNotContain("Text of a-b’s");
        assertThat(preview(reader, "three")).contains("The tapes of the notes folder.").doesNotContain("notestapes essay");
        assertThat(preview(reader, "four")).contains("The notestapes essay.").doesNotContain("notes folder");
        assertThat(preview(reader, "one again")).isEqualTo(preview(reader, "one"));
        assertThat(reader.select(".preview-data > [id^=pv-]")).hasSize(4);
    }

    private static String preview(Document page, String linkText) {
        Element link = page.select("a.essay-link").stream().filter(a -> a.text().equals(linkText)).findFirst().orElseThrow();
        Element block = page.getElementById(link.attr("data-preview"));
        assertThat(block).as(linkText).isNotNull();
        assertThat(block.closest(".preview-data")).as(linkText).isNotNull();
        return block.text();
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
