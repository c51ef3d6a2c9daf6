package io.github.essaykit.cite;

import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Citations as citeproc-java renders them (cleaned), each distinct one rendered once per build and
 * style. In citeproc-java 3.5.2 {@code makeCitation} of items already registered renders from a
 * fresh render context that reads the style, the locale and the prepared citation alone (each
 * item's registered data, locator, label, prefix, suffix, author flags); the one thing it takes
 * from earlier citations, the list of those generated, is read only by {@code position} tests,
 * and a style variant has none left ({@link StyleVariants#forCite}; checked here all the same).
 * The citation number, the registered item's place in the essay, is left out where the variant
 * never prints it, as in {@link RenderedEntries}. So a citation is a function of the variant and
 * its prepared items, and {@link de.undercouch.citeproc.csl.CSLCitationItem} and
 * {@link CSLItemData} compare every field.
 */
final class RenderedCitations {

    /** Past this many citations (item data) the map starts again: memory bounded by the work. */
    private static final int LIMIT = 50_000;
    private static final int DATA_LIMIT = 20_000;

    private final CitationStyle style;
    private final boolean reuse;
    private final LongAdder reused = new LongAdder();
    private final Map<Key, String> texts = new ConcurrentHashMap<>();
    /** One instance of each distinct item data, so the kept keys share them. */
    private final Map<CSLItemData, CSLItemData> canonical = new ConcurrentHashMap<>();
    private final Map<CitationStyle.Variant, Boolean> positional = new ConcurrentHashMap<>();

    /** {@code text}: rendered with citeproc-java's text output format (compared for ambiguity), else its HTML, cleaned. */
    private record Key(CitationStyle.Variant variant, boolean text, List<CSLCitationItem> items) {}

    /** What one essay's processors registered: an id's item data, with or without its citation number. */
    interface Registered {
        CSLItemData data(String id, boolean numbered);
    }

    RenderedCitations(CitationStyle style, boolean reuse) {
        this.style = style;
        this.reuse = reuse;
    }

    /**
     * The cleaned rendering of {@code items} with {@code variant}: {@code render}'s, or the one it gave
     * for the same prepared items before.
     */
    String of(CitationStyle.Variant variant, List<CSLCitationItem> items, Registered registered, Supplier<String> render) {
        return of(variant, false, items, registered, render);
    }

    /** The same with the text output format ({@link Ambiguity}). */
    String text(CitationStyle.Variant variant, List<CSLCitationItem> items, Registered registered, Supplier<String> render) {
        return of(variant, true, items, registered, render);
    }

    private String of(CitationStyle.Variant variant, boolean text, List<CSLCitationItem> items, Registered registered,
            Supplier<String> render) {
        if (!reuse || positional.computeIfAbsent(variant, v -> style.xml(v).contains("position=\""))) {
            return render.get(); // earlier citations would count: never the case after the rewrite
        }
        boolean number = style.printsCitationNumbers(variant);
        List<CSLCitationItem> prepared = new ArrayList<>(items.size());
        for (CSLCitationItem item : items) {
            prepared.add(new CSLCitationItemBuilder(item).itemData(registered.data(item.getId(), number)).build());
        }
        Key key = new Key(variant, text, prepared);
        String known = texts.get(key);
        if (known != null) {
            reused.increment();
            return known;
        }
        String rendered = render.get();
        if (texts.size() >= LIMIT) {
            texts.clear();
        }
        texts.put(key, rendered);
        return rendered;
    }

    /** How many renderings were reused so far. */
    long reused() {
        return reused.sum();
    }

    /** The kept instance equal to {@code data}. */
    CSLItemData canonical(CSLItemData data) {
        if (canonical.size() >= DATA_LIMIT) {
            canonical.clear();
        }
        CSLItemData known = canonical.putIfAbsent(data, data);
        return known != null ? known : data;
    }
}
