package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.discover.ContentDigest;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.discover.SourceTree;
import io.github.essaykit.markdown.EssayMarkdown;
import io.github.essaykit.parse.EssayParser;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.quotes.SourceTexts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An essay's head and facts read back from their bytes are equal to what was stored, in the same order. */
class StoredFactsTest {

    @TempDir
    Path dir;

    @Test
    void factsOfARichEssayReadBackEqual() throws Exception {
        Files.writeString(dir.resolve("sources.bib"), """
                @book{a, author = {Smith, Ann}, title = {A Book}, publisher = {Press}, year = {2001}}
                @book{b, author = {Jones, Bo}, title = {B Book}, publisher = {Press}, year = {2002}}
                @book{c, author = {Lee, Cy}, title = {C Book}, publisher = {Press}, year = {2003}}
                """);
        Files.writeString(dir.resolve("essay.md"), """
                ---
                title: "A *rich* essay"
                subtitle: With everything
                author:
                  - name: Ann Author
                    affiliations: [One University, Two Institute]
                    orcid: 0000-0002-1825-0097
                  - Bo Writer
                date: January 2021
                abstract: |
                  The abstract, with a *word*.
                tags: [b, a]
                keywords: [k]
                nocite: ["@c"]
                number-sections: true
                toc: true
                toc-depth: 2
                toc-title: Contents
                lang: en-GB
                reference-section-title: Works
                link-citations: false
                description: Described.
                execute:
                  echo: false
                  warning: true
                ---
                # Start {#sec-start}

                Smith says so [@a, p. 3; @b]. As @b writes, $x^2$ holds.^[A note [@a].]
                Unknown [@nokey]. See @sec-start and [the other](other.md#sec-x) and [web](https://example.org/a).

                ![A figure](figure.png){#fig-one width=50%}

                $$ e = mc^2 $$ {#eq-energy}

                | a | b |
                |---|---|
                | 1 | 2 |

                : A table {#tbl-one}

                ::: note
                Never closed.
                """);
        Files.writeString(dir.resolve("figure.png"), "not really a picture");
        SourceTree tree = SourceTree.scan(dir, List.of());
        SourceFile file = tree.essays().get(0);
        byte[] bytes = Files.readAllBytes(file.path());
        EssayParser parser = new EssayParser(EssayMarkdown.parser(), StandardCharsets.UTF_8);
        EssayParser.Result parsed = parser.parse(file, bytes);
        ParsedEssay essay = parsed.essay();
        SiteConfig config = SiteConfig.builder(dir, dir.resolve("out")).build();
        SourcingLoader.Loaded loaded = SourcingLoader.load(config, tree, List.of(essay.withoutDocument()), BuildMemory.NONE);
        EssayFacts facts = EssayFacts.of(essay, ContentDigest.of(bytes), config, loaded.sourcing(), List.of(),
                SourceTexts.find(dir, loaded.sourcing().library(), StandardCharsets.UTF_8));
        // the facts hold something of every kind, so that a field left out shows
        assertThat(facts.check().labels()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(facts.check().links()).isNotEmpty();
        assertThat(facts.check().keys()).containsExactly("c", "a", "b", "nokey");
        assertThat(facts.check().diagnostics()).isNotEmpty();
        assertThat(facts.imageSizes()).isNotEmpty();
        assertThat(facts.math()).isTrue();
        assertThat(essay.meta().date()).isPresent();
        assertThat(essay.meta().authors().get(0).affiliations()).hasSize(2);
        assertThat(essay.meta().chunkOptions()).hasSize(2);

        StoredFacts.Head head = StoredFacts.readHead(StoredFacts.head(file, essay.withoutDocument(), parsed.diagnostics()), file);
        assertThat(head).isEqualTo(new StoredFacts.Head(essay.withoutDocument(), parsed.diagnostics()));
        EssayFacts read = StoredFacts.readFacts(StoredFacts.facts(facts), head.essay());
        assertThat(read).isEqualTo(facts);
        // in the same order: pages and the site list them as they iterate
        assertThat(new ArrayList<>(read.check().labels().keySet())).isEqualTo(new ArrayList<>(facts.check().labels().keySet()));
        assertThat(new ArrayList<>(read.check().keys())).isEqualTo(new ArrayList<>(facts.check().keys()));
        assertThat(new ArrayList<>(read.check().cited())).isEqualTo(new ArrayList<>(facts.check().cited()));
        assertThat(read.essay().meta().chunkOptions().keySet()).containsExactlyElementsOf(facts.essay().meta().chunkOptions().keySet());

        assertThat(StoredFacts.readHead(StoredFacts.head(file, null, parsed.diagnostics()), file).essay()).isNull();
    }

    @Test
    void bytesNotWrittenAsFactsAreCorrupt() throws Exception {
        Files.writeString(dir.resolve("essay.md"), "---\ntitle: T\n---\nText.\n");
        SourceFile file = SourceTree.scan(dir, List.of()).essays().get(0);
        EssayParser parser = new EssayParser(EssayMarkdown.parser(), StandardCharsets.UTF_8);
        EssayParser.Result parsed = parser.parse(file, Files.readAllBytes(file.path()));
        byte[] head = StoredFacts.head(file, parsed.essay().withoutDocument(), parsed.diagnostics());
        assertThatThrownBy(() -> StoredFacts.readHead(Arrays.copyOf(head, head.length - 3), file)).isInstanceOf(Blob.Corrupt.class);
        assertThatThrownBy(() -> StoredFacts.readFacts(head, parsed.essay())).isInstanceOf(Blob.Corrupt.class);
        byte[] longer = Arrays.copyOf(head, head.length + 1);
        assertThatThrownBy(() -> StoredFacts.readHead(longer, file)).isInstanceOf(Blob.Corrupt.class);
    }

    @Test
    void anotherEssaysHeadIsCorrupt() throws Exception {
        Files.writeString(dir.resolve("titled.md"), "---\ntitle: T\n---\nText.\n");
        Files.writeString(dir.resolve("untitled.md"), "# Heading\n\nText.\n");
        List<SourceFile> files = SourceTree.scan(dir, List.of()).essays();
        EssayParser parser = new EssayParser(EssayMarkdown.parser(), StandardCharsets.UTF_8);
        EssayParser.Result titled = parser.parse(files.get(0), Files.readAllBytes(files.get(0).path()));
        byte[] head = StoredFacts.head(files.get(0), titled.essay().withoutDocument(), titled.diagnostics());
        assertThat(StoredFacts.readHead(head, files.get(0)).essay().meta().title()).isEqualTo("T");
        // stored under the other essay's key, it would hide that essay's own warnings (no title)
        assertThatThrownBy(() -> StoredFacts.readHead(head, files.get(1))).isInstanceOf(Blob.Corrupt.class)
                .hasMessageContaining("another essay");
    }
}
