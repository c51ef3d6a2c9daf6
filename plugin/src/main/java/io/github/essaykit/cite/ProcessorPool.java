package io.github.essaykit.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * citeproc processors of one style, shared by every formatter of a build: the site's, the one made
 * for each essay's own year suffixes, the one for "cite this essay". Making a processor parses the
 * style and its locale (half a build's CPU when each essay made its own), so a borrower takes a
 * {@link Lease} (one processor per {@link CitationStyle.Variant}, made when first asked for), points
 * it at the library it reads, and closes it. Each processor reads its items through the lease's
 * delegating provider: citeproc-java 3.5.2 keeps the provider it was made with, but
 * {@link CSL#reset()} forgets every item it fetched, so after a reset a processor reads only the
 * current target. Nothing else in it depends on the items: the parsed style and the locale are
 * read-only while rendering, and {@code SDatePart}'s date is set before each use.
 *
 * <p>One pool per build and style, never static: two builds in one JVM share no processor.
 */
final class ProcessorPool {

    /** Past this many cleaned texts the memo starts again: memory bounded by the work. */
    private static final int LIMIT = 50_000;

    private final CitationStyle style;
    private final Queue<Lease> idle = new ConcurrentLinkedQueue<>();
    private final RenderedEntries entries;
    private final RenderedCitations citations;
    /** Cleaned HTML by citeproc-java's: the same citation and entry recur across essays. */
    private final Map<String, String> cleaned = new ConcurrentHashMap<>();
    private volatile Ordinals ordinals;

    ProcessorPool(CitationStyle style) {
        this(style, true);
    }

    /** @param reuse whether a citation rendered before is reused ({@link RenderedCitations}); tests compare both */
    ProcessorPool(CitationStyle style, boolean reuse) {
        this.style = style;
        this.entries = new RenderedEntries(style);
        this.citations = new RenderedCitations(style, reuse);
    }

    /** A set of processors reading {@code items}; close it to give it back. */
    Lease borrow(LibraryItems items) {
        Lease lease = idle.poll();
        return (lease != null ? lease : new Lease()).reading(items);
    }

    /** The bibliography entries these processors rendered. */
    RenderedEntries entries() {
        return entries;
    }

    /** The citations these processors rendered. */
    RenderedCitations citations() {
        return citations;
    }

    /**
     * citeproc-java's HTML with ordinals written out, then as pandoc writes it ({@link HtmlCleanup}),
     * each distinct text once: both steps depend on the text and the style's locale alone.
     */
    String clean(String html) {
        Ordinals ordinals = this.ordinals; // set with the first processor, which made html
        if (ordinals == null) {
            return HtmlCleanup.clean(html);
        }
        String known = cleaned.get(html);
        if (known != null) {
            return known;
        }
        String value = HtmlCleanup.clean(ordinals.apply(html));
        if (cleaned.size() >= LIMIT) {
            cleaned.clear();
        }
        cleaned.put(html, value);
        return value;
    }

    private CSL create(CitationStyle.Variant variant, ItemDataProvider items) {
        // before the first processor renders a title: a build whose citations all come from its cache needs none
        TitleCaseStopWords.apply();
        try {
            LocaleProvider locales = style.localeXml() == null ? new DefaultLocaleProvider() : lang -> style.localeXml();
            CSL csl = new CSL(items, locales, new DefaultAbbreviationProvider(), style.xml(variant), style.localeId());
            csl.setOutputFormat(new QuotesOnceHtmlFormat());
            csl.setConvertLinks(true);
            SubstituteNames.cacheIn(csl);
            if (ordinals == null) {
                ordinals = Ordinals.of(BibliographyOrder.locale(csl));
            }
            return csl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One borrower's processors, used by one thread at a time. */
    final class Lease implements AutoCloseable {

        private final Map<CitationStyle.Variant, CSL> processors = new HashMap<>();
        private final Target target = new Target();

        private Lease() {}

        /**
         * These processors reading {@code items} from now on: call it before registering items
         * (every user resets and registers before it renders).
         */
        Lease reading(LibraryItems items) {
            target.items = items;
            return this;
        }

        /** The processor of a variant; its state is what the last user left: reset it before use. */
        CSL processor(CitationStyle.Variant variant) {
            return processors.computeIfAbsent(variant, v -> create(v, target));
        }

        /** Gives the processors back, emptied, holding nothing of this borrower's library. */
        @Override
        public void close() {
            processors.values().forEach(CSL::reset);
            target.items = null;
            idle.add(this);
        }
    }

    /** The provider every processor of a lease was made with: it reads the lease's current library. */
    private static final class Target implements ItemDataProvider {

        private LibraryItems items;

        @Override
        public CSLItemData retrieveItem(String id) {
            return items.retrieveItem(id);
        }

        @Override
        public Collection<String> getIds() {
            return items.getIds();
        }
    }
}
