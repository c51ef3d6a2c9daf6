package io.github.essaykit.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a lookup service answers is untrusted: only clean CSL comes through. */
class FetchedItemTest {

    private static final Identifier DOI = Identifier.of("doi:10.5555/x");

    @Test
    void hostileValuesAreDroppedOrMadePlainText() {
        Map<String, Object> item = FetchedItem.clean(Map.of(
                "type", "<b>nonsense</b>",
                "title", "A <img src=x onerror=alert(1)>title &amp; more\u0000",
                "URL", "javascript:alert(1)",
                "container-title", "x".repeat(5000),
                "issued", Map.of("date-parts", List.of(List.of("2001", "13a"))),
                "author", List.of(Map.of("family", "<i>Doe</i>", "given", "Jo", "ORCID", "x"), Map.of("given", "nobody")),
                "custom", "not CSL"), DOI).item();
        assertThat(item).containsOnlyKeys("id", "type", "title", "container-title", "author", "DOI");
        assertThat(item.get("id")).isEqualTo("doi:10.5555/x");
        assertThat(item.get("type")).isEqualTo("article");
        assertThat(item.get("title")).isEqualTo("A title & more");
        assertThat((String) item.get("container-title")).hasSize(FetchedItem.MAX_TEXT + 1).endsWith("…");
        assertThat(item.get("author")).isEqualTo(List.of(Map.of("family", "Doe", "given", "Jo")));
        assertThat(List.copyOf(item.keySet())).startsWith("id", "type");
    }

    @Test
    void aRecordWithoutATitleIsRefused() {
        SourceLookup.Found found = FetchedItem.clean(Map.of("type", "book"), DOI);
        assertThat(found.item()).isNull();
        assertThat(found.problem()).isEqualTo("the record found has no title");
    }

    @Test
    void identifiersAreRecognisedAndChecked() {
        assertThat(Identifier.of("doi:10.1086/226147")).isEqualTo(new Identifier("doi:10.1086/226147", Identifier.Kind.DOI,
                "10.1086/226147"));
        assertThat(Identifier.of("isbn:0-306-40615-2").value()).isEqualTo("0306406152");
        assertThat(Identifier.of("isbn:978-0-306-40615-8")).as("wrong check digit").isNull();
        assertThat(Identifier.of("doi:11.1/x")).isNull();
        assertThat(Identifier.of("kaplan2001")).isNull();
        assertThat(Identifier.doiAddress("https://doi.org/", "10.1002/(SICI)1097<x> y"))
                .isEqualTo("https://doi.org/10.1002/(SICI)1097%3Cx%3E%20y");
    }
}
