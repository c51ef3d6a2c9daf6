package io.github.essaykit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.markdown.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkTargetsTest {

    private static Label label(String id) {
        return new Label(id, Label.Kind.SECTION, "", "Heading " + id, "The text after " + id + ".", new SourcePosition(1, 1));
    }

    private static Map<String, Label> labels(String... ids) {
        Map<String, Label> labels = new LinkedHashMap<>();
        for (String id : ids) {
            labels.put(id, label(id));
        }
        return labels;
    }

    /** The site keeps, of each essay, the labels a link names; the links still lead where they led, and nothing else changes. */
    @Test
    void keepsOnlyTheLabelsALinkNames() {
        LinkTargets site = new LinkTargets(Map.of(
                "ships", new LinkTargets.Essay("ships", "Ships", "About ships.", labels("sec-a", "sec-b", "fig-c")),
                "ports", new LinkTargets.Essay("ports", "Ports", "About ports.", labels("sec-x", "sec-y"))), Set.of("map.png"));
        List<Diagnostic> problems = new ArrayList<>();
        EssayLinks.Checked fromPorts = EssayLinks.check("ports.md", List.of(new EssayLinks.Use(new SourcePosition(3, 1), "ships.md#sec-b"),
                new EssayLinks.Use(new SourcePosition(4, 1), "ships.md#fig-c"), new EssayLinks.Use(new SourcePosition(5, 1), "ports.md#sec-y"),
                new EssayLinks.Use(new SourcePosition(6, 1), "map.png")), site, problems);
        EssayLinks.Checked fromShips = EssayLinks.check("ships.md", List.of(new EssayLinks.Use(new SourcePosition(2, 1), "ports.md")),
                site, problems);
        assertThat(problems).isEmpty();

        LinkTargets linked = site.namedBy(List.of(fromPorts, fromShips));

        assertThat(linked.essays().get("ships").labels()).containsOnlyKeys("sec-b", "fig-c");
        assertThat(linked.essays().get("ships").labels().get("sec-b")).isSameAs(site.essays().get("ships").labels().get("sec-b"));
        assertThat(linked.essays().get("ports").labels()).containsOnlyKeys("sec-y");
        assertThat(linked.essays().get("ports").title()).isEqualTo("Ports");
        assertThat(linked.files()).isEqualTo(site.files());
        EssayLinks.Checked again = fromPorts.in(linked);
        assertThat(again.targets()).extracting(EssayLinks.Target::href).containsExactly("ships.html#sec-b", "ships.html#fig-c", "ports.html#sec-y");
        assertThat(again.targets()).allMatch(t -> t.essay() == linked.essays().get(t.essay().slug()));
        assertThat(again.targets()).extracting(EssayLinks.Target::label).containsExactlyElementsOf(
                fromPorts.targets().stream().map(EssayLinks.Target::label).toList());
        // what the pages resolve again, each link to the same place
        List<Diagnostic> later = new ArrayList<>();
        assertThat(EssayLinks.check("ports.md", List.of(new EssayLinks.Use(new SourcePosition(3, 1), "ships.md#sec-b")), linked, later)
                .targets()).extracting(EssayLinks.Target::href).containsExactly("ships.html#sec-b");
        assertThat(later).isEmpty();
    }
}
