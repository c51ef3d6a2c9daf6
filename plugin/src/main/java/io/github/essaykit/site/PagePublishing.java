package io.github.essaykit.site;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.discover.SitePaths;
import io.github.essaykit.parse.EssayDate;
import io.github.essaykit.parse.FrontMatter;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.publish.EssayCitation;
import io.github.essaykit.publish.EssayRecord;
import io.github.essaykit.publish.SiteAddress;
import io.github.essaykit.publish.SiteFeeds;
import io.github.essaykit.publish.SourceRecords;
import io.github.essaykit.render.RenderedEssay.RenderedSource;
import io.github.essaykit.resolve.Sourcing;
import io.github.essaykit.sources.Source;
import io.github.essaykit.template.Views;
import io.github.essaykit.write.SiteFiles;
import io.github.essaykit.write.SiteOutput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The publish stage's part of each page and the files it adds: reference-manager metadata,
 * source downloads and "cite this essay" on every build; canonical links, Open Graph, the feed
 * and the sitemap only when {@code baseUrl} gives the site's public address (without it, one note
 * says so).
 */
final class PagePublishing {

    /** Where downloads go: {@code downloads/sources/<slug>.bib}, {@code downloads/cite/<slug>.bib}, {@code downloads/sources.bib}. */
    static final String DOWNLOADS = "downloads/";
    static final List<String> SITE_FILES = List.of(SiteFeeds.FEED, SiteFeeds.SITEMAP,
            DOWNLOADS + "sources.bib", DOWNLOADS + "sources.json", DOWNLOADS + "sources.ris");

    private static final Map<String, String[]> FORMATS = Map.of(
            "bib", new String[] {"BibTeX", "application/x-bibtex"},
            "json", new String[] {"CSL-JSON", "application/vnd.citationstyles.csl+json"},
            "ris", new String[] {"RIS", "application/x-research-info-systems"});

    private final SiteConfig config;
    private final Sourcing sourcing;
    private final SourceRecords sourceRecords = new SourceRecords(); // each source written out once per build
    private final Optional<SiteAddress> address;
    private final Map<String, EssayRecord> records = new LinkedHashMap<>();
    private final Map<String, String> citeEntries;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    PagePublishing(SiteConfig config, Sourcing sourcing, List<ParsedEssay> essays) {
        this.config = config;
        this.sourcing = sourcing;
        this.address = SiteAddress.of(config.baseUrl());
        if (config.baseUrl().isEmpty()) {
            notes.add("No baseUrl: feed.xml, sitemap.xml, canonical links and Open Graph tags are not written; set "
                    + "<baseUrl> (-Dessay.baseUrl=https://…) to the site's public address to have them");
        } else if (address.isEmpty()) {
            problems.add(Diagnostic.error(config.sourceDirectory().toString(), 0, 0, "baseUrl '" + config.baseUrl()
                    + "' is not an absolute http or https address without query or fragment; set it to the site's public "
                    + "address, e.g. https://example.org/essays/"));
        }
        for (ParsedEssay essay : essays) {
            records.put(essay.slug(), record(essay));
            if (address.isPresent() && records.get(essay.slug()).date().isEmpty()) {
                problems.add(Diagnostic.warning(essay.file().relative(), essay.meta().lineOf("date"), 1,
                        "the essay has no date, so feed.xml leaves it out (Atom needs a time for each entry); give it a date:"));
            }
        }
        this.citeEntries = EssayCitation.entries(List.copyOf(records.values()));
    }

    /** Problems of the configuration (an address that is none) and of essays the feed cannot list. */
    List<Diagnostic> problems() {
        return problems;
    }

    /** What the build says once at info level. */
    List<String> notes() {
        return notes;
    }

    private EssayRecord record(ParsedEssay essay) {
        FrontMatter meta = essay.meta();
        String page = Pages.pagePath(essay.slug());
        return new EssayRecord(essay.slug(), meta.title(), meta.authorNames(), meta.date().map(EssayDate::iso).orElse(""),
                meta.summary(), meta.lang().isEmpty() ? config.lang() : meta.lang(), meta.tags(),
                address.map(a -> a.at(page)).orElse(""), config.siteTitle());
    }

    /** The COinS OpenURL of a source. */
    String coins(String key) {
        return sourcing.library().find(key).map(sourceRecords::coins).orElse("");
    }

    Views.Publishing essay(ParsedEssay essay, List<RenderedSource> rendered) {
        EssayRecord record = records.get(essay.slug());
        String page = Pages.pagePath(essay.slug());
        String root = SitePaths.toRoot(page);
        List<Source> sources = sources(rendered.stream().map(RenderedSource::key).toList());
        List<Views.Meta> metaTags = new ArrayList<>();
        sourceRecords.highwire(record, sources).forEach(t -> metaTags.add(new Views.Meta(t.name(), t.content())));
        List<Views.Meta> properties = new ArrayList<>();
        if (address.isPresent()) {
            properties.add(new Views.Meta("og:type", "article"));
            openGraph(properties, metaTags, record.title(), record.summary(), record.url());
            if (!record.date().isEmpty()) {
                properties.add(new Views.Meta("article:published_time", record.date()));
            }
            record.tags().forEach(tag -> properties.add(new Views.Meta("article:tag", tag)));
        }
        EssayCitation cite = EssayCitation.of(essay.slug(), citeEntries.get(essay.slug()), sourcing.formatter());
        List<Views.SourceBibtex> bibtex = new ArrayList<>();
        for (RenderedSource source : rendered) {
            sourcing.library().find(source.key()).ifPresent(s -> bibtex.add(new Views.SourceBibtex(source.id(),
                    sourceRecords.bibtex(s).strip())));
        }
        return new Views.Publishing(record.url(), address.isPresent(), properties, metaTags,
                sourceRecords.jsonLd(record, sources), sources.isEmpty() ? List.of() : downloads(root, sourcesFile(essay.slug(), "")),
                new Views.Cite(cite.html(), cite.bibtex().strip(), root + SitePaths.href(citeFile(essay.slug()))), bibtex);
    }

    /** The index and the bibliography page: canonical link and Open Graph; the bibliography also its downloads. */
    Views.Publishing page(String page, String title, boolean bibliography) {
        List<Views.Meta> properties = new ArrayList<>();
        List<Views.Meta> metaTags = new ArrayList<>();
        String url = address.map(a -> a.at(page)).orElse("");
        if (address.isPresent()) {
            properties.add(new Views.Meta("og:type", "website"));
            openGraph(properties, metaTags, title, "", url);
        }
        return new Views.Publishing(url, address.isPresent(), properties, metaTags, "",
                bibliography ? downloads("", DOWNLOADS + "sources.") : List.of(), null, List.of());
    }

    private void openGraph(List<Views.Meta> properties, List<Views.Meta> metaTags, String title, String summary, String url) {
        properties.add(new Views.Meta("og:title", title));
        properties.add(new Views.Meta("og:url", url));
        properties.add(new Views.Meta("og:site_name", config.siteTitle()));
        if (!summary.isBlank()) {
            properties.add(new Views.Meta("og:description", summary));
        }
        metaTags.add(new Views.Meta("twitter:card", "summary"));
        metaTags.add(new Views.Meta("twitter:title", title));
        if (!summary.isBlank()) {
            metaTags.add(new Views.Meta("twitter:description", summary));
        }
    }

    private static List<Views.Download> downloads(String root, String stem) {
        List<Views.Download> downloads = new ArrayList<>();
        for (String extension : SourceRecords.EXTENSIONS) {
            String[] format = FORMATS.get(extension);
            downloads.add(new Views.Download(root + SitePaths.href(stem + extension), format[0], format[1]));
        }
        return downloads;
    }

    private List<Source> sources(List<String> keys) {
        return keys.stream().map(key -> sourcing.library().find(key)).flatMap(Optional::stream).toList();
    }

    /** "downloads/sources/notes/tapes." for the essay "notes/tapes" ({@code extension} appended). */
    static String sourcesFile(String slug, String extension) {
        return DOWNLOADS + "sources/" + slug + "." + extension;
    }

    static String citeFile(String slug) {
        return DOWNLOADS + "cite/" + slug + ".bib";
    }

    /** The downloads of these sources (keys) by extension, in {@link SourceRecords#EXTENSIONS} order; none when it lists none. */
    Map<String, String> sourceFiles(List<String> keys) {
        List<Source> sources = sources(keys);
        Map<String, String> files = new LinkedHashMap<>();
        if (!sources.isEmpty()) {
            SourceRecords.EXTENSIONS.forEach(ext -> files.put(ext, sourceRecords.file(ext, sources)));
        }
        return files;
    }

    /** Adds an essay's downloads: its sources ({@link #sourceFiles}), its own entry. Safe to call from the build's threads. */
    void addEssayFiles(SiteOutput site, ParsedEssay essay, Map<String, SiteFiles.Known> sourceFiles) {
        sourceFiles.forEach((ext, file) -> site.put(sourcesFile(essay.slug(), ext), file));
        site.text(citeFile(essay.slug()), citeEntries.get(essay.slug()));
    }

    private static List<String> sitePages(List<String> sourcePages) {
        List<String> pages = new ArrayList<>(List.of("index.html", Pages.BIBLIOGRAPHY));
        pages.addAll(sourcePages);
        return pages;
    }

    /**
     * Adds the downloads of the site bibliography ({@link #sourceFiles} of its entries) and, with an
     * address, the feed and the sitemap of {@code essays} and the site's other pages.
     *
     * @param sourcePages the pages of the bibliography's sources ({@link SourcePages})
     */
    void addSiteFiles(SiteOutput site, List<ParsedEssay> essays, Map<String, SiteFiles.Known> bibliographyFiles,
            List<String> sourcePages) {
        List<SiteFeeds.Item> items = new ArrayList<>();
        for (ParsedEssay essay : essays) {
            items.add(new SiteFeeds.Item(records.get(essay.slug()), Pages.pagePath(essay.slug())));
        }
        bibliographyFiles.forEach((ext, file) -> site.put(DOWNLOADS + "sources." + ext, file));
        address.ifPresent(a -> {
            site.text(SiteFeeds.FEED, SiteFeeds.atom(a, config.siteTitle(), config.lang(), items));
            SiteFeeds.sitemaps(a, sitePages(sourcePages), items).forEach(site::text);
        });
    }
}
