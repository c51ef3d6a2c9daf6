package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcingMemoTest {

    @Test
    void reusesSourcesUntilAFileChanges(@TempDir Path dir) throws Exception {
        Path bib = Files.writeString(dir.resolve("s.bib"), "@book{a, title = {A}, year = {2001}}\n");
        SourcingMemo memo = SourcingMemo.create();
        var first = memo.sources(List.of(bib), dir);
        assertThat(memo.sources(List.of(bib), dir)).isSameAs(first);
        Files.writeString(bib, "@book{a, title = {A}, year = {2001}}\n@book{b, title = {B}, year = {2002}}\n");
        var second = memo.sources(List.of(bib), dir);
        assertThat(second).isNotSameAs(first);
        assertThat(second.library().keys()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void reusesTheStyleForTheSameIdsAndNothingWithoutMemory(@TempDir Path dir) {
        SourcingMemo memo = SourcingMemo.create();
        var style = memo.style("chicago-author-date", "en-US", dir);
        assertThat(memo.style("chicago-author-date", "en-US", dir)).isSameAs(style);
        assertThat(memo.style("apa", "en-US", dir)).isNotSameAs(style);
        assertThat(SourcingMemo.NONE.style("apa", "en-US", dir)).isNotSameAs(SourcingMemo.NONE.style("apa", "en-US", dir));
    }
}
