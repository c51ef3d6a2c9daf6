package io.github.essaykit.site;

import io.github.essaykit.parse.FrontMatter;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.render.RenderedEssay;
import io.github.essaykit.template.Templates;
import io.github.essaykit.template.Views;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Turns stage results into view records and renders them with the templates. */
final class Pages {

    /** Newest first; undated essays last, then by title. */
    static final Comparator<ParsedEssay> NEWEST_FIRST = Comparator
            .comparing((ParsedEssay e) -> e.meta().date().orElse(LocalDate.MIN), Comparator.reverseOrder())
            .thenComparing(e -> e.meta().title())
            .thenComparing(ParsedEssay::slug);

    private final Templates templates;
    private final Views.Site site;
    private final DateTimeFormatter dates;

    Pages(SiteConfig config, Templates templates) {
        this.templates = templates;
        this.site = new Views.Site(config.lang(), config.siteTitle(), config.liveReload(), config.sidenotes());
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(config.locale()));
    }

    /** "notes/tapes" is written to "notes/tapes.html". */
    static String pagePath(String slug) {
        return slug + ".html";
    }

    /** The way back to the site root from a page: "" or "../" per folder level. */
    static String root(String pagePath) {
        return "../".repeat((int) pagePath.chars().filter(c -> c == '/').count());
    }

    String essay(ParsedEssay essay, RenderedEssay rendered) {
        FrontMatter meta = essay.meta();
        String page = pagePath(essay.slug());
        List<Views.Note> notes = rendered.notes().stream()
                .map(n -> new Views.Note(n.id(), n.number(), n.html()))
                .toList();
        Views.Essay view = new Views.Essay(root(page), meta.title(), meta.subtitle(), authors(meta), isoDate(meta),
                dateText(meta), meta.summary(), rendered.body(), notes, List.of(), previews(rendered));
        return templates.render("essay", site, view);
    }

    private static List<Views.PreviewData> previews(RenderedEssay rendered) {
        return rendered.previews().entrySet().stream().map(e -> new Views.PreviewData(e.getKey(), e.getValue())).toList();
    }

    String index(List<ParsedEssay> essays) {
        List<Views.EssayCard> cards = essays.stream()
                .sorted(NEWEST_FIRST)
                .map(e -> new Views.EssayCard(pagePath(e.slug()), e.meta().title(), e.meta().subtitle(),
                        authors(e.meta()), isoDate(e.meta()), dateText(e.meta()), e.meta().summary()))
                .toList();
        return templates.render("index", site, new Views.Index("", cards));
    }

    String bibliography() {
        return templates.render("bibliography", site, new Views.Bibliography("", List.of()));
    }

    private static String authors(FrontMatter meta) {
        List<String> names = meta.authors();
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String isoDate(FrontMatter meta) {
        return meta.date().map(LocalDate::toString).orElse("");
    }

    private String dateText(FrontMatter meta) {
        return meta.date().map(dates::format).orElse("");
    }
}
