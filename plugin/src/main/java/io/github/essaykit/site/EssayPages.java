package io.github.essaykit.site;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.parallel.Each;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.polish.Addresses;
import io.github.essaykit.polish.AuthorHtml;
import io.github.essaykit.polish.LinkCheck;
import io.github.essaykit.quotes.QuoteCheck;
import io.github.essaykit.quotes.SourceTexts;
import io.github.essaykit.render.CrossRefWords;
import io.github.essaykit.render.EssayRenderer;
import io.github.essaykit.render.RenderedEssay;
import io.github.essaykit.render.SiteBibliography;
import io.github.essaykit.resolve.SiteResolver;
import io.github.essaykit.write.SiteFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Each essay's finished page (citations formatted, rendered, cleaned, put in its template), and
 * the site bibliography's entries: taken from the cache when the fingerprint of everything
 * they are made from ({@link PageKeys}) is the same as in an earlier build, made afresh
 * otherwise. Either way the page is the same value; essay:serve keeps the value itself, so the
 * values are immutable. Safe to use from the build's threads.
 */
final class EssayPages {

    private static final String PLACES = "bibliography places 1";

    private final SiteConfig config;
    private final SiteResolver.ResolvedSite resolved;
    private final Pages pages;
    /** The cross-reference words by language: the site's under "", an essay's own under its {@code lang}. */
    private final Map<String, CrossRefWords> words = new java.util.concurrent.ConcurrentHashMap<>();
    private final AuthorHtml authorHtml;
    private final PageKeys keys;
    private final EntryExtras extras;
    private final ResultCache cache;
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();

    private final SourceTexts texts;
    private final UnaryOperator<ParsedEssay> trees;
    private final Addresses links;
    private final AddressPlaces places = new AddressPlaces();
    /** Each essay's word count, by slug, as its facts found it. */
    private final Map<String, Integer> wordCounts;

    /**
     * @param texts the sources' texts, to check an essay's quotations against
     * @param trees an essay (kept without its tree) parsed again, from the bytes it was checked in
     * @param links the build's links, each parsed and kept once (the pages' link check)
     * @param words each essay's word count by slug ({@link ReadingTime#words}), counted with its facts
     */
    EssayPages(SiteConfig config, SiteResolver.ResolvedSite resolved, Pages pages, PageKeys keys, ResultCache cache,
            EntryExtras extras, SourceTexts texts, UnaryOperator<ParsedEssay> trees, Addresses links, Map<String, Integer> words) {
        this.wordCounts = words;
        this.links = links;
        this.texts = texts;
        this.trees = trees;
        this.extras = extras;
        this.config = config;
        this.resolved = resolved;
        this.pages = pages;
        this.words.put("", CrossRefWords.load(config.lang(), config.templateDirectory()));
        this.authorHtml = AuthorHtml.allowingFramesFrom(config.allowedIframeHosts());
        this.keys = keys;
        this.cache = cache;
    }

    /**
     * The page of {@code essay}, kept without its tree: parsed again only when the page is made
     * afresh. A page from the folder cache brings only its HTML's digest; the HTML is read when
     * the page must be written (rendered again if its entry is gone by then: the same bytes).
     */
    EssayPage page(ParsedEssay essay) {
        // its citations (in its style) and "cite this essay" (in the site's), as formatted, kept for its next edit
        resolved.sourcing().formatter().keepStored(essay.slug());
        resolved.sourcing().forEssay(essay.slug()).formatter().keepStored(essay.slug());
        String key = keys.essay(essay);
        String path = Pages.pagePath(essay.slug());
        // a folder cache gives the page again for its links, so the build keeps none of their bytes
        Supplier<LinkCheck.Page> linksAgain = cache.inFolder() ? () -> storedLinks(key, essay, path) : null;
        EssayPage made = cached(key, bytes -> EssayPage.read(bytes,
                (digest, size) -> known(digest, size, () -> render(trees.apply(essay)).html()), path, links, linksAgain),
                page -> {
                    store(page.html());
                    return page.bytes();
                }, () -> render(trees.apply(essay)));
        return key == null ? made : made.keyed(key); // its stored link check holds while the key is the same
    }

    /**
     * The link check of the page stored under {@code key}, read again from the cache, or made
     * again from its essay if the entry is gone by then: the same links, as the key prints all
     * the page is made from. Asked for only when a page it links to changed.
     */
    private LinkCheck.Page storedLinks(String key, ParsedEssay essay, String path) {
        try {
            Optional<EssayPage> stored = cache.get(key, bytes -> EssayPage.read(bytes,
                    (digest, size) -> null, path, links, null)); // its links alone: no HTML wanted
            if (stored.isPresent()) {
                return stored.get().links();
            }
        } catch (Blob.Corrupt e) {
            // made again below
        }
        return render(trees.apply(essay)).links();
    }

    /**
     * Bytes stored apart by their digest ({@link #store}), read only if they must be written;
     * made again by {@code again} (the same bytes) if there is no entry, or no entry is kept.
     */
    private SiteFiles.Known known(String digest, int size, Supplier<SiteFiles.Known> again) {
        if (cache.inFolder()) { // it keeps no bytes (see store): no key to make and look up for each page and download
            return new SiteFiles.Known(digest, size, () -> again.get().bytes().get());
        }
        String key = Fingerprint.start("stored bytes").add(digest).hex();
        cache.keep(key);
        return new SiteFiles.Known(digest, size, () -> cache.get(key).orElseGet(() -> store(again.get()).bytes().get()));
    }

    /**
     * Keeps a page's or download's bytes in a session's memory, from which essay:serve serves an
     * unchanged page. A folder cache does not: the output folder holds them (a build checks each
     * file there by its size and time), and a file gone from it is made again. Kept, they were
     * 100 MB of a 1,000-essay site's 123 MB cache, and 2.5% of its clean build's time.
     */
    private SiteFiles.Known store(SiteFiles.Known bytes) {
        if (!cache.inFolder()) {
            cache.put(Fingerprint.start("stored bytes").add(bytes.digest()).hex(), bytes.bytes().get());
        }
        return bytes;
    }

    /** The site bibliography's entries for these keys, in the style's order. */
    List<RenderedEssay.RenderedSource> bibliography(Collection<String> siteKeys, Each each) {
        return cached(keys.bibliography(siteKeys), bytes -> {
            Blob.Reader in = new Blob.Reader(bytes);
            List<RenderedEssay.RenderedSource> sources = EssayPage.readSources(in);
            in.end();
            return List.copyOf(sources);
        }, sources -> {
            Blob.Writer out = new Blob.Writer();
            EssayPage.writeSources(out, sources);
            return out.bytes();
        }, () -> List.copyOf(SiteBibliography.render(siteKeys, resolved.sourcing(), each)));
    }

    /**
     * Where the addresses of the site bibliography's entries were written ({@link AddressPlaces}):
     * the cached ones while its entries are, the sources' files and lines included in their key.
     */
    Places bibliographyPlaces(Collection<String> siteKeys, List<RenderedEssay.RenderedSource> entries) {
        String key = Fingerprint.start("bibliography places").add(keys.bibliography(siteKeys)).hex();
        return new Places(cached(key, bytes -> {
            Blob.Reader in = new Blob.Reader(bytes);
            if (!in.string().equals(PLACES)) {
                throw new Blob.Corrupt("not " + PLACES);
            }
            Map<String, List<LinkCheck.Place>> places = EssayPage.readPlaces(in);
            in.end();
            return places;
        }, places -> {
            Blob.Writer out = new Blob.Writer().string(PLACES);
            EssayPage.writePlaces(out, places);
            return out.bytes();
        }, () -> this.places.of(entries, resolved.sourcing().library()), false), key);
    }

    /** Where the site bibliography's addresses were written, and the key they follow from. */
    record Places(Map<String, List<LinkCheck.Place>> byAddress, String key) {}

    /**
     * The downloads of the sources a page lists, by key ({@link PagePublishing#sourceFiles}), by
     * extension: the cached ones while those sources are the same, whatever else changed.
     */
    Map<String, SiteFiles.Known> downloads(List<String> listed, PagePublishing publishing) {
        if (listed.isEmpty()) {
            return Map.of();
        }
        return cached(keys.downloads(listed), bytes -> {
            Blob.Reader in = new Blob.Reader(bytes);
            Map<String, SiteFiles.Known> files = new LinkedHashMap<>();
            for (int i = in.count(); i > 0; i--) {
                String ext = in.string();
                files.put(ext, known(in.string(), in.integer(), () -> made(publishing.sourceFiles(listed)).get(ext)));
            }
            in.end();
            return Collections.unmodifiableMap(files);
        }, files -> {
            Blob.Writer out = new Blob.Writer().integer(files.size());
            files.forEach((ext, file) -> out.string(ext).string(store(file).digest()).integer(file.size()));
            return out.bytes();
        }, () -> made(publishing.sourceFiles(listed)), false);
    }

    private static Map<String, SiteFiles.Known> made(Map<String, String> texts) {
        Map<String, SiteFiles.Known> files = new LinkedHashMap<>();
        texts.forEach((ext, text) -> files.put(ext, SiteFiles.Known.of(text.getBytes(StandardCharsets.UTF_8))));
        return Collections.unmodifiableMap(files);
    }

    /** Pages made afresh and pages taken from the cache so far. */
    BuildResult.Work work() {
        return new BuildResult.Work(rendered.get(), reused.get(), -1);
    }

    private <T> T cached(String key, Function<byte[], T> read, Function<T, byte[]> write, Supplier<T> make) {
        return cached(key, read, write, make, true);
    }

    /** @param counted whether it is a page or bibliography, counted in {@link #work} */
    private <T> T cached(String key, Function<byte[], T> read, Function<T, byte[]> write, Supplier<T> make, boolean counted) {
        try {
            Optional<T> kept = key == null ? Optional.empty() : cache.get(key, read);
            if (kept.isPresent()) {
                if (counted) {
                    reused.incrementAndGet();
                }
                return kept.get();
            }
        } catch (Blob.Corrupt e) {
            // made afresh below, and stored again
        }
        T value = make.get();
        if (counted) {
            rendered.incrementAndGet();
        }
        if (key != null) {
            cache.put(key, () -> write.apply(value), value);
        }
        return value;
    }

    private EssayPage render(ParsedEssay essay) {
        List<Diagnostic> warnings = new ArrayList<>();
        io.github.essaykit.resolve.EssayResolution resolution = resolved.of(essay);
        // an essay in a language of its own says "Abbildung 2" in it, as its citations are in it
        CrossRefWords essayWords = words.computeIfAbsent(essay.meta().lang(), lang -> CrossRefWords.load(lang, config.templateDirectory()));
        RenderedEssay body = cleaned(essay, EssayRenderer.render(essay, resolution, resolved.sourcing(), essayWords,
                QuoteCheck.check(essay, texts)), warnings);
        String html = pages.essay(essay, body, resolution.labels(), extras, wordCounts.get(essay.slug()));
        String path = Pages.pagePath(essay.slug());
        LinkCheck.Page checked = LinkCheck.page(path, LinkCheck.scan(path, html),
                places.of(essay.file().relative(), body, resolved.sourcing().library()), links);
        return new EssayPage(EssayPage.Use.of(body.sources()), SiteFiles.Known.of(html.getBytes(StandardCharsets.UTF_8)), checked, warnings);
    }

    private RenderedEssay cleaned(ParsedEssay essay, RenderedEssay rendered, List<Diagnostic> warnings) {
        if (!AuthorHtml.needsCleaning(essay.document())) {
            return rendered;
        }
        AuthorHtml.Cleaned body = authorHtml.clean(rendered.body());
        AuthorHtml.Cleaned summary = authorHtml.clean(rendered.abstractHtml());
        List<String> removed = new ArrayList<>(body.removed());
        removed.addAll(summary.removed());
        List<RenderedEssay.RenderedNote> notes = new ArrayList<>();
        for (RenderedEssay.RenderedNote note : rendered.notes()) {
            AuthorHtml.Cleaned cleanNote = authorHtml.clean(note.html());
            removed.addAll(cleanNote.removed());
            notes.add(new RenderedEssay.RenderedNote(note.id(), note.number(), cleanNote.html()));
        }
        Set<String> unplaced = new LinkedHashSet<>(removed);
        for (AuthorHtml.Removed piece : authorHtml.removedFrom(essay.document())) {
            warnings.add(removedWarning(essay.file().relative(), piece.at().line(), piece.at().column(), piece.what()));
            unplaced.removeAll(piece.what());
        }
        if (!unplaced.isEmpty()) { // refused only in context (none known): named for the whole essay
            warnings.add(removedWarning(essay.file().relative(), 0, 0, List.copyOf(unplaced)));
        }
        return new RenderedEssay(body.html(), summary.html(), notes, rendered.sources(), rendered.previews(), rendered.origins());
    }

    private static Diagnostic removedWarning(String file, int line, int column, List<String> what) {
        return Diagnostic.warning(file, line, column, "removed raw HTML that is not on the allowlist "
                + "(it could run code or break the page's Content-Security-Policy): " + String.join(", ", what));
    }
}
