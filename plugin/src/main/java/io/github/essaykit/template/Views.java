package io.github.essaykit.template;

import io.github.essaykit.safety.ContentSecurityPolicy;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The view objects templates see: plain records of strings, booleans and lists. Strings are
 * raw text (Mustache's {{x}} escapes them); fields named {@code html} or {@code body} are
 * already-safe HTML for {{{x}}}.
 */
public final class Views {

    private Views() {}

    /**
     * What every page shares. {@code liveReload} is on only under essay:serve; {@code csp} is the
     * page's Content-Security-Policy.
     */
    public record Site(String lang, String siteTitle, boolean liveReload, boolean sidenotes, String csp) {

        public Site(String lang, String siteTitle, boolean liveReload, boolean sidenotes) {
            this(lang, siteTitle, liveReload, sidenotes, ContentSecurityPolicy.DEFAULT);
        }
    }

    /** A page of the index: its essays, and where it stands among the others ({@code pager}, null when it is the only one). */
    public record Index(String root, List<EssayCard> essays, Pager pager) {

        public Index(String root, List<EssayCard> essays) {
            this(root, essays, null);
        }
    }

    /**
     * Where an index page stands: its {@code number} (from 1), {@code text} ("Page 2 of 40"),
     * the pages of {@code newer} and {@code older} essays (hrefs, empty at either end).
     */
    public record Pager(int number, String text, String newer, String older) {

        public boolean later() {
            return number > 1;
        }
    }

    /**
     * What an essay page loads beyond every page's assets: the math stylesheet and scripts when it
     * has TeX math, the image-size stylesheet when an image has a size other than pixels.
     */
    public record PageAssets(boolean math, boolean sizes) {}

    /** An essay on the index; {@code readingTime} is "7 min read". */
    public record EssayCard(String href, String title, String subtitle, String authors, String date, String dateText,
            String summary, String readingTime) {}

    /**
     * What helps a reader find their way in an essay: its reading time ("7 min read") and its
     * table of contents ({@code toc} empty when the essay has none), headed {@code tocTitle}.
     */
    public record Navigation(String readingTime, String tocTitle, List<TocEntry> toc) {

        public boolean hasToc() {
            return !toc.isEmpty();
        }
    }

    /** A table of contents entry: {@code depth} 1 for the essay's top heading level; {@code number} may be empty. */
    public record TocEntry(String id, String number, String text, int depth) {}

    /**
     * An essay page. {@code lang} is the page's language (the essay's own or the site's);
     * {@code authors} all names in one text, {@code authorList} each with links and affiliations;
     * {@code abstractHtml} is safe HTML; {@code sourcesTitle} heads the essay's bibliography;
     * {@code description} is Quarto's description, shown under the title.
     */
    public record Essay(String root, String lang, String title, String subtitle, String description, String authors, List<Author> authorList,
            String date, String dateText, String summary, String abstractHtml, List<String> tags, String body,
            List<Note> notes, String sourcesTitle, List<Source> sources, List<PreviewData> previewData) {

        /** A margin note as the renderer writes one ({@code FencedDivHtmlRenderer}: an id, if any, before its classes, ours first). */
        private static final Pattern MARGIN_NOTE = Pattern.compile("<aside(?: id=\"[^\"]*\")? class=\"margin-note[ \"]");

        public boolean hasAuthorList() {
            return !authorList.isEmpty();
        }

        public boolean hasTags() {
            return !tags.isEmpty();
        }

        public boolean hasNotes() {
            return !notes.isEmpty();
        }

        /** Whether the body holds a margin note: the page then reserves its room from the first paint, not once it has read that far. */
        public boolean hasMarginNotes() {
            return MARGIN_NOTE.matcher(body).find();
        }

        public boolean hasSources() {
            return !sources.isEmpty();
        }

        public boolean hasPreviewData() {
            return !previewData.isEmpty();
        }
    }

    /**
     * One author on an essay page: {@code before} is the separator from the previous name ("",
     * ", " or " and "); {@code href}, {@code orcid}, {@code email} are links (URLs that
     * {@link io.github.essaykit.safety.UrlPolicy} allows) or empty; {@code affiliations} one text.
     */
    public record Author(String before, String name, String href, String orcid, String email, String affiliations) {}

    public record Note(String id, int number, String html) {}

    /**
     * A bibliography entry of an essay, with links back to each citation of it and what its
     * preview shows besides the entry ({@code more}); {@code coins} is its OpenURL (COinS) for
     * reference managers, raw text for a {@code title} attribute.
     */
    public record Source(String id, String html, List<Backref> backrefs, String coins, EntryMore more) {

        public boolean hasBackrefs() {
            return !backrefs.isEmpty();
        }
    }

    /** A back link: {@code text} is what shows ("↩ a"), {@code label} its accessible name ("Back to citation a"). */
    public record Backref(String id, String label, String text) {}

    /**
     * Shown in a source's preview under its entry: its {@code abstractText} (raw text, may be
     * empty), {@code uses} ("Cited 3 times in this essay"), the first few other essays citing it
     * ({@code also}) and, when there are more, {@code rest} (null otherwise).
     */
    public record EntryMore(String abstractText, String uses, List<CitedIn> also, MoreEssays rest) {

        public boolean hasAlso() {
            return !also.isEmpty();
        }
    }

    /**
     * The essays citing (or listing) a source that a preview or the site bibliography does not
     * name: a link to the list on the source's own page, {@code text} "and 12 more", {@code label}
     * its accessible name (which starts with the text and says what they are: "and 12 more
     * essays, listed on the source's page").
     */
    public record MoreEssays(String href, String text, String label) {}

    public record PreviewData(String id, String html) {}

    public record Bibliography(String root, List<SiteSource> sources) {}

    /**
     * An entry of the site's bibliography: the newest essays that cite it, and those that only
     * list it ({@code nocite}), each list followed, when it names only some, by {@code citedMore}
     * or {@code listedMore} ("and 723 more", to the source's own page; null otherwise).
     */
    public record SiteSource(String id, String html, List<CitedIn> citedIn, MoreEssays citedMore, List<CitedIn> listedIn,
            MoreEssays listedMore, String coins) {

        public boolean hasCitedIn() {
            return !citedIn.isEmpty();
        }

        public boolean hasListedIn() {
            return !listedIn.isEmpty();
        }

        public boolean hasEssays() {
            return hasCitedIn() || hasListedIn();
        }
    }

    /**
     * The page of one source ({@code bibliography/<key>.html}): its {@code title} (raw text), its
     * entry as in the site bibliography ({@code id}, {@code html}, {@code coins}), where that
     * entry is ({@code bibliographyHref}), and every essay citing it and listing it, newest first,
     * counted in {@code citedText} ("Cited in 743 essays") and {@code listedText}.
     */
    public record SourcePage(String root, String title, String id, String html, String coins, String bibliographyHref,
            String citedText, List<EssayLink> citedIn, String listedText, List<EssayLink> listedIn) {

        public boolean hasCitedIn() {
            return !citedIn.isEmpty();
        }

        public boolean hasListedIn() {
            return !listedIn.isEmpty();
        }
    }

    /** An essay in a list: its title (raw text), where it names the source, and its date ({@code date} ISO, may be empty). */
    public record EssayLink(String href, String title, String date, String dateText) {}

    public record CitedIn(String href, String title, boolean last) {}

    /**
     * What a page publishes for machines and for citing: {@code canonical} its absolute address,
     * {@code properties} Open Graph {@code <meta property>}, {@code metaTags} Highwire and Twitter
     * {@code <meta name>}, {@code jsonLd} schema.org JSON-LD already inert for a script element
     * ({@code {{{jsonLd}}}}), {@code downloads} its sources as files, {@code cite} the essay's own
     * citation (null on other pages), {@code sourceBibtex} each source's entry for copying.
     * Everything but {@code jsonLd} and {@code cite.html} is raw text. All empty without a baseUrl
     * except what needs no address.
     */
    public record Publishing(String canonical, boolean hasFeed, List<Meta> properties, List<Meta> metaTags, String jsonLd,
            List<Download> downloads, Cite cite, List<SourceBibtex> sourceBibtex) {

        /** A page with nothing to publish beside itself. */
        public static final Publishing NONE = new Publishing("", false, List.of(), List.of(), "", List.of(), null, List.of());

        public boolean hasDownloads() {
            return !downloads.isEmpty();
        }

        public boolean hasSourceBibtex() {
            return !sourceBibtex.isEmpty();
        }
    }

    public record Meta(String name, String content) {}

    /** A file to download: its href, its format's name ("BibTeX") and its media type. */
    public record Download(String href, String label, String type) {}

    /** "Cite this essay": the formatted citation (safe HTML), its BibTeX and where to download that. */
    public record Cite(String html, String bibtex, String href) {}

    /** A source's BibTeX entry, copied from an element with the id {@code bibtex-} + the entry's id. */
    public record SourceBibtex(String id, String bibtex) {}
}
