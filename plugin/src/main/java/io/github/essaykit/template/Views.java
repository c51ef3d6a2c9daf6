package io.github.essaykit.template;

import io.github.essaykit.safety.ContentSecurityPolicy;
import java.util.List;

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

    public record Index(String root, List<EssayCard> essays) {}

    /** Whether an essay page has TeX math, so that it loads the math stylesheet and scripts. */
    public record PageMath(boolean math) {}

    public record EssayCard(String href, String title, String subtitle, String authors, String date, String dateText,
            String summary) {}

    public record Essay(String root, String title, String subtitle, String authors, String date, String dateText,
            String summary, List<String> tags, String body, List<Note> notes, List<Source> sources,
            List<PreviewData> previewData) {

        public boolean hasTags() {
            return !tags.isEmpty();
        }

        public boolean hasNotes() {
            return !notes.isEmpty();
        }

        public boolean hasSources() {
            return !sources.isEmpty();
        }

        public boolean hasPreviewData() {
            return !previewData.isEmpty();
        }
    }

    public record Note(String id, int number, String html) {}

    /** A bibliography entry of an essay, with links back to each citation of it. */
    public record Source(String id, String html, List<Backref> backrefs) {

        public boolean hasBackrefs() {
            return !backrefs.isEmpty();
        }
    }

    public record Backref(String id, String label, String text) {}

    public record PreviewData(String id, String html) {}

    public record Bibliography(String root, List<SiteSource> sources) {}

    public record SiteSource(String id, String html, List<CitedIn> citedIn) {

        public boolean hasCitedIn() {
            return !citedIn.isEmpty();
        }
    }

    public record CitedIn(String href, String title, boolean last) {}
}
