package io.github.essaykit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.discover.FileStamp;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.markdown.EssayMarkdown;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
    void oneBuildHandsEachTreeOnOnceAndOnlyWithinItsBudget() throws Exception {
        SourceFile file = essay("---\ntitle: Tapes\n---\nText.\n");
        Path otherPath = folder.resolve("other.md");
        Files.writeString(otherPath, "---\ntitle: Reels\n---\nMore text.\n");
        SourceFile other = new SourceFile("other.md", otherPath);
        ParseCache build = ParseCache.oneBuild(Files.size(file.path()) + 1); // room for the first essay only

        ParseCache.Parsed read = build.read(parser, file);
        ParseCache.Parsed otherRead = build.read(parser, other);
        assertThat(build.again(parser, file, read.digest()).document()).as("handed on").isSameAs(read.result().essay().document());
        ParsedEssay second = build.again(parser, file, read.digest());
        assertThat(second.document()).as("handed on once").isNotSameAs(read.result().essay().document());
        assertThat(second.meta()).isEqualTo(read.result().essay().meta());
        assertThat(build.again(parser, other, otherRead.digest()).document()).as("beyond the budget")
                .isNotNull().isNotSameAs(otherRead.result().essay().document());

        ParseCache.Parsed readAgain = build.read(parser, file);
        essay("---\ntitle: Tapes\n---\nText changed.\n");
        assertThat(build.again(parser, file, readAgain.digest())).as("changed since it was checked").isNull();
        assertThat(ParseCache.oneBuild(1 << 20).again(parser, file, read.digest())).as("never read, and changed").isNull();
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

    @Test
    void aFileStillLongEnoughIsTakenByItsStampAndAnyWriteSinceIsReadAgain() throws Exception {
        SourceFile file = essay("---\ntitle: Tapes\n---\nText one.\n");
        ParseCache cache = ParseCache.create(() -> System.currentTimeMillis() + 60_000); // every file looks long still
        ParseCache.Parsed first = cache.read(parser, file);
        assertThat(cache.read(parser, file).result()).isSameAs(first.result());

        // the same size and modification time, other bytes: only the status-change time tells
        FileStamp before = FileStamp.of(file.path());
        FileTime modified = Files.getLastModifiedTime(file.path());
        for (int tries = 0; FileStamp.of(file.path()).equals(before); tries++) { // the same clock tick: again, until it moves
            assertThat(tries).as("the stamp never shows the write").isLessThan(100_000);
            Files.writeString(file.path(), "---\ntitle: Tapes\n---\nText two.\n");
            Files.setLastModifiedTime(file.path(), modified);
        }
        ParseCache.Parsed second = cache.read(parser, file);
        assertThat(second.digest()).isNotEqualTo(first.digest());
        assertThat(second.result().essay().document().getFirstChild().getFirstChild()).hasToString("Text{literal=Text two.}");
        assertThat(cache.frontMatter(parser, file)).isNotNull();
        assertThat(cache.takeCounts()).isEqualTo(new ParseCache.Counts(2, 1));
    }

    @Test
    void aStampTakenJustAfterAWriteDoesNotStandForTheBytes() throws Exception {
        SourceFile file = essay("---\ntitle: Tapes\n---\nText one.\n");
        long now = System.currentTimeMillis();
        FileStamp stamp = FileStamp.of(file.path());
        assertThat(stamp).isNotNull().isEqualTo(FileStamp.of(file.path()));
        assertThat(stamp.vouches(now)).as("another write in this clock tick would leave the same stamp").isFalse();
        assertThat(stamp.vouches(now + 60_000)).isTrue();

        // a session on the real clock reads an essay written a moment ago whenever asked, so a second
        // write in the same tick (same size, same times) is still seen
        ParseCache cache = ParseCache.create();
        ParseCache.Parsed first = cache.read(parser, file);
        FileTime modified = Files.getLastModifiedTime(file.path());
        Files.writeString(file.path(), "---\ntitle: Tapes\n---\nText two.\n");
        Files.setLastModifiedTime(file.path(), modified);
        assertThat(cache.read(parser, file).digest()).isNotEqualTo(first.digest());
    }
}
