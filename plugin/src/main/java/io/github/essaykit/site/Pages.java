package io.github.essaykit.site;

import io.github.essaykit.discover.SitePaths;
import io.github.essaykit.markdown.TexMath;
import io.github.essaykit.parse.EssayDate;
import io.github.essaykit.parse.FrontMatter;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.render.EssayRenderer;
import io.github.essaykit.render.ImageSizes;
import io.github.essaykit.render.RenderedEssay;
import io.github.essaykit.render.TableOfContents;
import io.github.essaykit.resolve.Labels;
import io.github.essaykit.safety.ContentSecurityPolicy;
import io.github.essaykit.template.Templates;
import io.github.essaykit.template.Views;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns stage results into view records and renders them with the templates. */
final class Pages {

    /** Newest first; undated essays last, then by title. */
    static final Comparator<ParsedEssay> NEWEST_FIRST = Comparator
            .comparing((ParsedEssay e) -> e.meta().date().map(EssayDate::start).orElse(LocalDate.MIN), Comparator.reverseOrder())
            .thenComparing(e -> e.meta().title())
            .thenComparing(ParsedEssay::slug);

    /** The site bibliography's page, which lists every source with the newest essays citing it. */
    static final String BIBLIOGRAPHY = "bibliography.html";

    private final Templates templates;
    private final Views.Site site;
    private final Locale locale;
    private final String lang;
    private final PagePublishing publishing;
    private final boolean toc;

    Pages(SiteConfig config, Templates templates, PagePublishing publishing) {
        this.templates = templates;
        this.publishing = publishing;
        this.site = new Views.Site(config.lang(), config.siteTitle(), config.liveReload(), config.sidenotes(),
                ContentSecurityPolicy.of(config.allowedIframeHosts()));
        this.locale = Locale.forLanguageTag(config.lang());
        this.lang = config.lang();
        this.toc = config.toc();
    }

    /** "notes/tapes" is written to "notes/tapes.html". */
    static String pagePath(String slug) {
        return slug + ".html";
    }

    /**
     * @param labels the essay's headings with the numbers they show, for its table of contents
     * @param extras what its sources' previews show besides the entries
     */
    String essay(ParsedEssay essay, RenderedEssay rendered, Labels labels, EntryExtras extras, int words) {
        FrontMatter meta = essay.meta();
        String page = pagePath(essay.slug());
        List<Views.Note> notes = rendered.notes().stream()
                .map(n -> new Views.Note(n.id(), n.number(), n.html()))
                .toList();
        Views.Essay view = new Views.Essay(SitePaths.toRoot(page), meta.lang().isEmpty() ? lang : meta.lang(), meta.title(),
                meta.subtitle(), meta.description(), authors(meta), Bylines.of(meta.authors()), isoDate(meta),
                dateText(meta, meta.lang().isEmpty() ? locale : Locale.forLanguageTag(meta.lang())), meta.summary(),
                rendered.abstractHtml(), meta.tags(), rendered.body(), notes,
                meta.referenceSectionTitle().isEmpty() ? "Sources" : meta.referenceSectionTitle(), sources(essay, rendered, extras),
                previews(rendered));
        return templates.render("essay", site, view,
                new Views.PageAssets(TexMath.occursIn(essay.document()), ImageSizes.occurIn(essay.document())),
                publishing.essay(essay, rendered.sources()), navigation(essay, labels, words));
    }

    /** Reading time always; the table of contents when the essay (else the site) asks for one. */
    private Views.Navigation navigation(ParsedEssay essay, Labels labels, int words) {
        FrontMatter.Toc wanted = essay.meta().toc();
        List<Views.TocEntry> entries = !wanted.show().orElse(toc) ? List.of()
                : TableOfContents.of(essay, labels, wanted.depth()).stream()
                        .map(e -> new Views.TocEntry(e.id(), e.number(), e.text(), e.depth())).toList();
        return new Views.Navigation(ReadingTime.text(words), wanted.title().isEmpty() ? "Contents" : wanted.title(), entries);
    }

    /** Entries with back links "↩ a b c" to every place citing them (just "↩" for one). */
    private List<Views.Source> sources(ParsedEssay essay, RenderedEssay rendered, EntryExtras extras) {
        List<Views.Source> sources = new ArrayList<>();
        for (RenderedEssay.RenderedSource source : rendered.sources()) {
            List<Views.Backref> backrefs = new ArrayList<>();
            List<String> at = source.citedAt();
            for (int k = 0; k < at.size(); k++) {
                String letter = EssayRenderer.letter(k + 1);
                String text = at.size() == 1 ? "↩" : k == 0 ? "↩ " + letter : letter;
                // the accessible name holds the visible letter (WCAG 2.5.3, axe label-content-name-mismatch)
                String name = at.size() == 1 ? "Back to the citation" : "Back to citation " + letter;
                backrefs.add(new Views.Backref(at.get(k), name, text));
            }
            sources.add(new Views.Source(source.id(), source.html(), backrefs, publishing.coins(source.key()),
                    extras.of(essay, source)));
        }
        return sources;
    }

    private static List<Views.PreviewData> previews(RenderedEssay rendered) {
        return rendered.previews().entrySet().stream().map(e -> new Views.PreviewData(e.getKey(), e.getValue())).toList();
    }

    /**
     * Page {@code number} of {@code count} of the index ({@link IndexPages}).
     *
     * @param essays the page's essays, newest first
     * @param words each essay's word count by slug ({@link ReadingTime#words}), its tree let go
     */
    String index(List<ParsedEssay> essays, Map<String, Integer> words, int number, int count) {
        String path = IndexPages.path(number);
        String root = SitePaths.toRoot(path);
        List<Views.EssayCard> cards = essays.stream()
                .map(e -> new Views.EssayCard(SitePaths.href(root + pagePath(e.slug())), e.meta().title(), e.meta().subtitle(),
                        authors(e.meta()), isoDate(e.meta()), dateText(e.meta(), locale), e.meta().summary(),
                        ReadingTime.text(words.get(e.slug()))))
                .toList();
        Views.Pager pager = count == 1 ? null : new Views.Pager(number, String.format(Locale.ROOT, "Page %,d of %,d", number, count),
                number == 1 ? "" : SitePaths.href(root + IndexPages.path(number - 1)),
                number == count ? "" : SitePaths.href(root + IndexPages.path(number + 1)));
        return templates.render("index", site, new Views.Index(root, cards, pager),
                publishing.page(path, number == 1 ? site.siteTitle() : site.siteTitle() + " · page " + number, false));
    }

    /**
     * The site bibliography: each entry with the newest {@link SourcePages#SHOWN} essays citing
     * it and those listing it, and "and N more" to the source's page when there are more.
     *
     * @param citedIn for each entry id, the essays citing it, in index order
     * @param listedIn for each entry id, the essays that list it without citing it ({@code nocite})
     */
    String bibliography(List<RenderedEssay.RenderedSource> entries, Map<String, List<ParsedEssay>> citedIn,
            Map<String, List<ParsedEssay>> listedIn) {
        List<Views.SiteSource> sources = new ArrayList<>();
        for (RenderedEssay.RenderedSource entry : entries) {
            List<ParsedEssay> citing = citedIn.getOrDefault(entry.id(), List.of());
            List<ParsedEssay> listing = listedIn.getOrDefault(entry.id(), List.of());
            String page = SitePaths.href(SourcePages.path(entry.key()));
            sources.add(new Views.SiteSource(entry.id(), entry.html(), essayLinks(entry.id(), citing), more(citing, page, "cited-in"),
                    essayLinks(entry.id(), listing), more(listing, page, "listed-in"), publishing.coins(entry.key())));
        }
        return templates.render("bibliography", site, new Views.Bibliography("", sources),
                publishing.page(BIBLIOGRAPHY, "Sources", !entries.isEmpty()));
    }

    private static List<Views.CitedIn> essayLinks(String entryId, List<ParsedEssay> essays) {
        int shown = Math.min(essays.size(), SourcePages.SHOWN);
        List<Views.CitedIn> links = new ArrayList<>(shown);
        for (int i = 0; i < shown; i++) {
            ParsedEssay essay = essays.get(i);
            links.add(new Views.CitedIn(SitePaths.href(pagePath(essay.slug())) + "#" + entryId, essay.meta().title(), i == shown - 1));
        }
        return links;
    }

    /** "and 723 more", to the list on the source's page; null when the entry names every essay. */
    private static Views.MoreEssays more(List<ParsedEssay> essays, String sourcePage, String list) {
        int rest = essays.size() - SourcePages.SHOWN;
        if (rest <= 0) {
            return null;
        }
        return new Views.MoreEssays(sourcePage + "#" + list, "and " + rest + " more",
                "and " + rest + (rest == 1 ? " more essay" : " more essays") + ", listed on the source's page");
    }

    /**
     * The page of one source: its entry as the site bibliography shows it, and every essay citing
     * it and listing it, newest first.
     *
     * @param title the source's title as text (its key when it has none)
     */
    String source(RenderedEssay.RenderedSource entry, String title, List<ParsedEssay> citedIn, List<ParsedEssay> listedIn) {
        String path = SourcePages.path(entry.key());
        String root = SitePaths.toRoot(path);
        Views.SourcePage view = new Views.SourcePage(root, title, entry.id(), entry.html(), publishing.coins(entry.key()),
                root + BIBLIOGRAPHY + "#" + entry.id(), count("Cited in", citedIn.size()), listed(root, entry.id(), citedIn),
                count("Listed, not cited, in", listedIn.size()), listed(root, entry.id(), listedIn));
        return templates.render("source", site, view, publishing.page(path, title, false));
    }

    private static String count(String what, int essays) {
        return what + " " + (essays == 1 ? "one essay" : String.format(Locale.ROOT, "%,d essays", essays));
    }

    private List<Views.EssayLink> listed(String root, String entryId, List<ParsedEssay> essays) {
        List<Views.EssayLink> links = new ArrayList<>(essays.size());
        for (ParsedEssay essay : essays) {
            links.add(new Views.EssayLink(SitePaths.href(root + pagePath(essay.slug())) + "#" + entryId, essay.meta().title(),
                    isoDate(essay.meta()), dateText(essay.meta(), locale)));
        }
        return links;
    }

    private static String authors(FrontMatter meta) {
        List<String> names = meta.authorNames();
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String isoDate(FrontMatter meta) {
        return meta.date().map(EssayDate::iso).orElse("");
    }

    private static String dateText(FrontMatter meta, Locale locale) {
        return meta.date().map(d -> d.text(locale)).orElse("");
    }
}
