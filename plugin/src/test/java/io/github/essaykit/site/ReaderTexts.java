package io.github.essaykit.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What a reader sees of citations, notes and bibliography entries, as comparable text, for the
 * tests that compare our pages with pandoc's (CitationCorpusPandocTest, CitationSitePandocTest,
 * CitationFormatPandocTest): whitespace runs become one space and are trimmed; elements are
 * unwrapped to their text except {@code em}/{@code i}, kept as {@code _x_}, and {@code sup}
 * (note markers), kept as {@code ^n}. A note's back link and our own additions to an entry
 * (back links, "cited in", archive links) are dropped; an entry is prefixed by its id.
 */
final class ReaderTexts {

    private ReaderTexts() {}

    /** The text of an element, normalised as above. */
    static String text(Element element) {
        Element copy = element.clone();
        for (Element em : copy.select("em, i")) {
            em.prependText("_").appendText("_");
        }
        for (Element sup : copy.select("sup")) {
            sup.prependText("^");
        }
        return copy.text().replaceAll("\\s+", " ").strip();
    }

    static List<String> texts(List<Element> elements) {
        return elements.stream().map(ReaderTexts::text).toList();
    }

    /** Each note's text ({@code section.footnotes li}) without its back link. */
    static List<String> notes(List<Element> items) {
        return items.stream().map(li -> {
            Element copy = li.clone();
            copy.select("a.footnote-back").remove();
            return text(copy);
        }).toList();
    }

    /** Entries ({@code div.csl-entry}) by id, in order: "id: text", without what essaykit adds to an entry. */
    static Map<String, String> entries(List<Element> entries) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Element entry : entries) {
            Element copy = entry.clone();
            copy.select(".backrefs, .cited-in, a.archive-link").remove();
            texts.put(entry.id(), entry.id() + ": " + text(copy));
        }
        return texts;
    }

    /** The entries' texts in order, as {@link #entries}. */
    static List<String> entryTexts(List<Element> entries) {
        return List.copyOf(entries(entries).values());
    }
}
