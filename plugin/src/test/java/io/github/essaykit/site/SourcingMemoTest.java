package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.cite.CitationFormatter;
import io.github.essaykit.cite.CitationStyle;
import io.github.essaykit.sources.SourceLibrary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session's builds share one formatter (and its processors) while the style and the library are the same values. */
class SourcingMemoTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheFormatterWhileTheStyleAndLibraryAreTheSameAndMakesANewOneOtherwise() throws Exception {
        SourcingMemo memo = SourcingMemo.create();
        CitationStyle chicago = memo.style("chicago-author-date", "en-US", dir, ResultCache.NONE).style();
        SourceLibrary library = SourceLibrary.of(List.of());
        CitationFormatter first = memo.formatter(chicago, library, ResultCache.NONE);

        assertThat(memo.formatter(chicago, library, ResultCache.NONE)).isSameAs(first);
        assertThat(memo.style("chicago-author-date", "en-US", dir, ResultCache.NONE).style()).as("the style file unchanged").isSameAs(chicago);

        SourceLibrary reloaded = SourceLibrary.of(List.of()); // a bibliography file changed: loaded into a new value
        CitationFormatter second = memo.formatter(chicago, reloaded, ResultCache.NONE);
        assertThat(second).isNotSameAs(first);

        CitationStyle other = memo.style("apa", "en-US", dir, ResultCache.NONE).style();
        assertThat(other).isNotNull();
        CitationFormatter third = memo.formatter(other, reloaded, ResultCache.NONE);
        assertThat(third).isNotSameAs(second);
        assertThat(third.style()).isSameAs(other);

        assertThat(SourcingMemo.NONE.formatter(other, reloaded, ResultCache.NONE))
                .isNotSameAs(SourcingMemo.NONE.formatter(other, reloaded, ResultCache.NONE));
    }
}
