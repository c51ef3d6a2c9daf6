package io.github.essaykit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.markdown.EssayMarkdown;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCacheTest {

    private final EssayParser parser = new EssayParser(EssayMarkdown.parser(), StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private SourceFile essay(String text) throws Exception {
        Path path = folder.resolve("essay.md");
        Files.writeString(path, text);
        return new SourceFile("essay.md", path);
    }

    @Test
    void readsTheFrontMatterWithoutATree() throws Exception {
        SourceFile file = essay("---\ntitle: Tapes\ndraft: true\nbibliography: own.bib\n---\n# Heading\n\nText.\n");

        for (ParseCache cache : new ParseCache[] {ParseCache.NONE, ParseCache.create()}) {
            ParsedEssay head = cache.frontMatter(parser, file);
            assertThat(head.document()).isNull();
            assertThat(head.meta().title()).isEqualTo("Tapes");
            assertThat(head.meta().draft()).isTrue();
            assertThat(head.meta().bibliography()).containsExactly("own.bib");
        }
    }

    @Test
    void parsesAgainOnlyTheBytesItWasAskedFor() throws Exception {
        SourceFile file = essay("---\ntitle: Tapes\n---\nText.\n");
        ParseCache.Parsed first = ParseCache.NONE.read(parser, file);

        ParsedEssay again = ParseCache.NONE.again(parser, file, first.digest());
        assertThat(again.document()).isNotNull().isNotSameAs(first.result().essay().document());
        assertThat(again.meta()).isEqualTo(first.result().essay().meta());

        essay("---\ntitle: Tapes\n---\nText changed.\n");
        assertThat(ParseCache.NONE.again(parser, file, first.digest())).as("changed since it was checked").isNull();
    }

    @Test
    void aSessionGivesBackTheTreeItKeptAndCountsEachEssayOnce() throws Exception {
        SourceFile file = essay("---\ntitle: Tapes\n---\nText.\n");
        ParseCache cache = ParseCache.create();

        cache.frontMatter(parser, file);
        ParseCache.Parsed read = cache.read(parser, file);
        assertThat(cache.again(parser, file, read.digest()).document()).isSameAs(read.result().essay().document());
        assertThat(cache.takeCounts()).isEqualTo(new ParseCache.Counts(1, 0));

        cache.frontMatter(parser, file);
        cache.read(parser, file);
        assertThat(cache.takeCounts()).isEqualTo(new ParseCache.Counts(0, 1));
    }
}
