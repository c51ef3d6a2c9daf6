package io.github.essaykit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadingIdsTest {

    @Test
    void slugsAreReadable() {
        assertThat(HeadingIds.slug("The Berlin gambit")).isEqualTo("the-berlin-gambit");
        assertThat(HeadingIds.slug("Khrushchev’s “letter” of 26 October!")).isEqualTo("khrushchevs-letter-of-26-october");
        assertThat(HeadingIds.slug("Crise à La Havane")).isEqualTo("crise-a-la-havane");
        assertThat(HeadingIds.slug("1962: the year")).isEqualTo("the-year");
        assertThat(HeadingIds.slug("???")).isEqualTo("section");
    }

    @Test
    void repeatedHeadingsGetUniqueStableIds() {
        var essay = NoteNumberingTest.essay("# Notes\n\n## Notes\n\n## Sources\n");
        HeadingIds ids = HeadingIds.assign(essay.document(), Set.of("sources"));
        assertThat(ids.ids().values()).containsExactlyInAnyOrder("notes", "notes-1", "sources-1");
        HeadingIds again = HeadingIds.assign(essay.document(), Set.of("sources"));
        ids.ids().keySet().forEach(h -> assertThat(again.of(h)).isEqualTo(ids.of(h)));
    }
}
