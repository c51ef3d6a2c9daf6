package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import io.github.essaykit.cite.CitationOrder;
import io.github.essaykit.sources.SourceLibrary;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A kept page key is given again only while every input it was printed from is the same. */
class PageKeyMemoTest {

    private static final SourceLibrary LIBRARY = SourceLibrary.of(List.of());

    private static CitationOrder order(String suffix, String given) {
        return new CitationOrder(List.of("a", "b"), Map.of("a", suffix), Map.of("b", new CSLName[] {
                new CSLNameBuilder().family("Smith").given(given).build()}), Map.of("a", 0, "b", 1));
    }

    private static PageKeyMemo.Inputs inputs() {
        return new PageKeyMemo.Inputs("digest", "site", null, LIBRARY, order("a", "Ann"), "texts", List.of("also", List.of(7, "a", "A"), true), List.of("target"));
    }

    private static PageKeyMemo.Inputs with(UnaryOperator<PageKeyMemo.Inputs> change) {
        return change.apply(inputs());
    }

    @Test
    void givesTheKeyAgainForEqualInputsOfTheNextBuild() {
        PageKeyMemo memo = PageKeyMemo.create();
        memo.startBuild(List.of("one.md"));
        assertThat(memo.key("one.md", inputs())).isNull();
        memo.put("one.md", inputs(), "key");

        memo.startBuild(List.of("one.md"));
        assertThat(memo.key("one.md", inputs())).as("an order made again, equal").isEqualTo("key");
        assertThat(memo.key("two.md", inputs())).isNull();
    }

    @Test
    void anyChangedInputPrintsTheKeyAgain() {
        PageKeyMemo memo = PageKeyMemo.create();
        memo.put("one.md", inputs(), "key");
        List<PageKeyMemo.Inputs> changed = List.of(
                with(i -> new PageKeyMemo.Inputs("edited", i.site(), i.style(), i.library(), i.order(), i.texts(), i.also(), i.targets())),
                with(i -> new PageKeyMemo.Inputs(i.digest(), "templates", i.style(), i.library(), i.order(), i.texts(), i.also(), i.targets())),
                with(i -> new PageKeyMemo.Inputs(i.digest(), i.site(), i.style(), SourceLibrary.of(List.of()), i.order(), i.texts(), i.also(),
                        i.targets())),
                with(i -> new PageKeyMemo.Inputs(i.digest(), i.site(), i.style(), i.library(), order("b", "Ann"), i.texts(), i.also(), i.targets())),
                with(i -> new PageKeyMemo.Inputs(i.digest(), i.site(), i.style(), i.library(), order("a", "Bo"), i.texts(), i.also(), i.targets())),
                with(i -> new PageKeyMemo.Inputs(i.digest(), i.site(), i.style(), i.library(), i.order(), "text edited", i.also(), i.targets())),
                with(i -> new PageKeyMemo.Inputs(i.digest(), i.site(), i.style(), i.library(), i.order(), i.texts(), List.of("also", List.of(7, "a", "Retitled"), true), i.targets())),
                with(i -> new PageKeyMemo.Inputs(i.digest(), i.site(), i.style(), i.library(), i.order(), i.texts(), i.also(),
                        List.of("target renamed"))));
        for (PageKeyMemo.Inputs now : changed) {
            memo.startBuild(List.of("one.md"));
            assertThat(memo.key("one.md", now)).as("%s", now).isNull();
            assertThat(memo.key("one.md", inputs())).isEqualTo("key");
        }
        memo.startBuild(List.of("two.md")); // one.md deleted or unpublished
        assertThat(memo.key("one.md", inputs())).isNull();
    }

    @Test
    void theSiteBibliographysKeyIsKeptApartFromTheEssaysAndForItsOwnCitedKeys() {
        PageKeyMemo memo = PageKeyMemo.create();
        PageKeyMemo.Inputs cited = with(i -> new PageKeyMemo.Inputs("", i.site(), i.style(), i.library(), i.order(), "", List.of("a", "b"),
                List.of()));
        assertThat(memo.bibliography(cited)).isNull();
        memo.putBibliography(cited, "bibliography key");
        memo.put("one.md", inputs(), "essay key");

        memo.startBuild(List.of()); // every essay gone: the bibliography's key is no essay's
        assertThat(memo.key("one.md", inputs())).isNull();
        assertThat(memo.bibliography(with(i -> new PageKeyMemo.Inputs("", i.site(), i.style(), i.library(), order("a", "Ann"), "",
                List.of("a", "b"), List.of())))).as("an order made again, equal").isEqualTo("bibliography key");
        assertThat(memo.bibliography(with(i -> new PageKeyMemo.Inputs("", i.site(), i.style(), i.library(), i.order(), "",
                List.of("a", "b", "c"), List.of())))).as("one more source cited").isNull();
        assertThat(memo.bibliography(with(i -> new PageKeyMemo.Inputs("", i.site(), i.style(), i.library(), order("b", "Ann"), "",
                List.of("a", "b"), List.of())))).as("another year suffix").isNull();
        assertThat(PageKeyMemo.NONE.bibliography(cited)).isNull();
    }

    @Test
    void ordersAreEqualByTheirKeysSuffixesNamesAndRanks() {
        assertThat(PageKeyMemo.equal(order("a", "Ann"), order("a", "Ann"))).isTrue();
        assertThat(PageKeyMemo.equal(order("a", "Ann"), order("a", "Anne"))).isFalse();
        assertThat(PageKeyMemo.equal(order("a", "Ann"), new CitationOrder(List.of("b", "a"), Map.of("a", "a"), Map.of(),
                Map.of("a", 0, "b", 1)))).isFalse();
    }

    @Test
    void outsideASessionNothingIsKept() {
        PageKeyMemo.NONE.put("one.md", inputs(), "key");
        assertThat(PageKeyMemo.NONE.key("one.md", inputs())).isNull();
    }
}
