package io.github.essaykit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.markdown.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageIdsTest {

    @Test
    void automaticIdsNeverEnterAnIdSchemeEssaykitKeeps() {
        PageIds ids = new PageIds();
        List<String> given = new ArrayList<>();
        for (String slug : List.of("fn", "fn", "fn", "fn-1", "cite-2", "ref-smith", "pv-x", "fnref-3", "notes", "main", "ref", "cite-2-2")) {
            given.add(ids.automatic(slug));
        }
        assertThat(given).containsExactly("fn", "section-fn-1", "section-fn-2", "section-fn-1-1", "section-cite-2",
                "section-ref-smith", "section-pv-x", "section-fnref-3", "section-notes", "section-main", "ref", "section-cite-2-2");
    }

    @Test
    void aLabelMayNotTakeAKeptIdOrOneAlreadyTaken() {
        PageIds ids = new PageIds();
        assertThat(ids.claimLabel("sec-intro", new SourcePosition(3, 4))).isNull();
        assertThat(ids.claimLabel("sec-intro", new SourcePosition(9, 4))).isEqualTo("is already the label at line 3");
        assertThat(ids.claimLabel("fnref-2-3", new SourcePosition(5, 1)))
                .isEqualTo("has the form essaykit keeps for the ids of note markers (fnref-1)");
        assertThat(ids.claimLabel("sources", new SourcePosition(5, 1))).isEqualTo("is the id of the page's own 'sources' element");
        assertThat(ids.automatic("sec-intro")).isEqualTo("sec-intro-1");
    }

    @Test
    void everyGeneratedIdIsInItsScheme() {
        assertThat(List.of(PageIds.note(3), PageIds.noteMarker(3, 1), PageIds.noteMarker(3, 2), PageIds.citation(4),
                PageIds.entry("odd key"), PageIds.preview("notes/tapes", "sec-a")))
                .containsExactly("fn-3", "fnref-3", "fnref-3-2", "cite-4", "ref-odd_key", "pv-notes_2ftapes__sec-a");
        PageIds ids = new PageIds();
        assertThat(List.of("fn-3", "fnref-3-2", "cite-4", "ref-odd_key", "pv-notes_2ftapes__sec-a"))
                .allSatisfy(id -> assertThat(ids.claimLabel(id, new SourcePosition(1, 1))).startsWith("has the form"));
    }

    @Test
    void previewIdsTellEveryPathAndLabelApart() {
        assertThat(List.of(PageIds.preview("a-b", "sec-c"), PageIds.preview("a", "b-sec-c"), PageIds.preview("a-b-sec-c", null),
                PageIds.preview("notes/tapes", null), PageIds.preview("notestapes", null), PageIds.preview("Notes", null),
                PageIds.preview("notes", null), PageIds.preview("a_2f", null), PageIds.preview("a/", null),
                PageIds.preview("a", "_b"), PageIds.preview("a_", "b"), PageIds.preview("my essay", "sec-é")))
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("pv-[a-z0-9_-]+"))
                .contains("pv-a-b__sec-c", "pv-a__b-sec-c", "pv-notes_2ftapes", "pv-my_20essay__sec-_e9");
    }
}
