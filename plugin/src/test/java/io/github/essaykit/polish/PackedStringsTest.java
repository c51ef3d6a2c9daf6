package io.github.essaykit.polish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackedStringsTest {

    @Test
    void isTheListOfTheStringsGiven() {
        List<String> given = List.of("../essay-1.html#ref-müller", "", "../index.html", "b.html#x", "");
        List<String> packed = PackedStrings.of(given);

        assertThat(packed).isEqualTo(given).hasSameHashCodeAs(given).containsExactlyElementsOf(given);
        assertThat(packed.get(1)).isEmpty();
        assertThat(packed.get(2)).isEqualTo("../index.html");
        assertThat(PackedStrings.of(List.of())).isEmpty();
        assertThatThrownBy(() -> packed.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> packed.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    /** A page with hundreds of template links (a source page) checks them as one with a few: the same problems, in order. */
    @Test
    void aPageWithManyTemplateLinksChecksThemAll() {
        StringBuilder html = new StringBuilder("<p id=top>");
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String link = i % 100 == 7 ? "b.html#gone-" + i : "b.html#sec-" + (i % 3);
            links.add(link);
            html.append("<a href='").append(link).append("'>x</a>");
        }
        LinkCheck.Page page = LinkCheck.page("a.html", LinkCheck.scan("a.html", html.toString()), Map.of());
        LinkCheck.Page target = LinkCheck.page("b.html", LinkCheck.scan("b.html", "<h2 id=sec-0>0</h2><h2 id=sec-1>1</h2><h2 id=sec-2>2</h2>"),
                Map.of());

        assertThat(page.templateLinks()).isInstanceOf(PackedStrings.class).hasSize(600);
        assertThat(LinkCheck.check(List.of(page, target), java.util.Set.of())).extracting(d -> d.message()).containsExactly(
                "link 'b.html#gone-7' names no element of b.html", "link 'b.html#gone-107' names no element of b.html",
                "link 'b.html#gone-207' names no element of b.html", "link 'b.html#gone-307' names no element of b.html",
                "link 'b.html#gone-407' names no element of b.html", "link 'b.html#gone-507' names no element of b.html");
    }
}
