package io.github.essaykit.sources.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The title variables of one entry as pandoc picks them: title, subtitle and title addon joined;
 * biblatex {@code maintitle} making the title a volume title; the container from
 * {@code booktitle}, {@code journaltitle} or {@code journal}; the short title from
 * {@code shorttitle} or the title up to its colon; a numbered series as "3rd series".
 */
final class Titles {

    private static final Set<String> CHAPTERLIKE = Set.of("inbook", "incollection", "inproceedings", "inreference",
            "bookinbook");

    private final EntryToCsl entry;
    private final boolean periodical;
    private final boolean chapterlike;
    private final boolean hasMaintitle;

    Titles(EntryToCsl entry, String type) {
        this.entry = entry;
        this.periodical = type.equals("periodical");
        this.chapterlike = CHAPTERLIKE.contains(type);
        this.hasMaintitle = entry.raw("maintitle") != null;
    }

    void put(Map<String, Object> vars) {
        boolean main = hasMaintitle && !chapterlike;
        boolean mainChapter = hasMaintitle && chapterlike;
        List<Inline> title = or(() -> periodical ? entry.title("issuetitle") : null,
                () -> main ? entry.title("maintitle") : null, () -> entry.title("title"));
        List<Inline> subtitle = or(() -> periodical ? entry.title("issuesubtitle") : null,
                () -> main ? entry.title("mainsubtitle") : null, () -> entry.title("subtitle"));
        List<Inline> titleaddon = or(() -> main ? entry.title("maintitleaddon") : null, () -> entry.title("titleaddon"));
        List<Inline> volumeTitle = or(() -> main ? entry.title("title") : null,
                () -> mainChapter ? entry.title("booktitle") : null);
        List<Inline> volumeSubtitle = or(() -> main ? entry.title("subtitle") : null,
                () -> mainChapter ? entry.title("booksubtitle") : null);
        List<Inline> volumeAddon = or(() -> main ? entry.title("titleaddon") : null,
                () -> mainChapter ? entry.title("booktitleaddon") : null);
        List<Inline> container = or(() -> periodical ? entry.field("title") : null,
                () -> chapterlike ? entry.title("maintitle") : null, () -> chapterlike ? entry.title("booktitle") : null,
                () -> entry.field("journaltitle"), () -> entry.field("journal"));
        List<Inline> containerSubtitle = or(() -> periodical ? entry.field("subtitle") : null,
                () -> chapterlike ? entry.title("mainsubtitle") : null,
                () -> chapterlike ? entry.title("booksubtitle") : null, () -> entry.field("journalsubtitle"));
        List<Inline> containerAddon = or(() -> periodical ? entry.field("titleaddon") : null,
                () -> chapterlike ? entry.title("maintitleaddon") : null,
                () -> chapterlike ? entry.title("booktitleaddon") : null);
        List<Inline> containerShort = or(() -> periodical && !hasMaintitle ? entry.field("shorttitle") : null,
                () -> entry.field("shortjournal"));
        EntryToCsl.put(vars, "title", joined(title, subtitle, titleaddon));
        EntryToCsl.put(vars, "volume-title", joined(volumeTitle, volumeSubtitle, volumeAddon));
        EntryToCsl.put(vars, "container-title", joined(container, containerSubtitle, containerAddon));
        EntryToCsl.put(vars, "container-title-short", containerShort);
        EntryToCsl.put(vars, "collection-title", series());
        List<Inline> shortTitle = !hasMaintitle || chapterlike ? entry.title("shorttitle") : null;
        if (shortTitle == null) {
            boolean more = (subtitle != null && !subtitle.isEmpty()) || (titleaddon != null && !titleaddon.isEmpty());
            shortTitle = upToColon(entry.title("title"), !(more && !hasMaintitle));
        }
        EntryToCsl.put(vars, "title-short", shortTitle);
        EntryToCsl.put(vars, "event", entry.title("eventtitle"));
        EntryToCsl.put(vars, "original-title", entry.title("origtitle"));
    }

    private static List<Inline> joined(List<Inline> title, List<Inline> subtitle, List<Inline> addon) {
        if (title == null) {
            return null;
        }
        return InlineLists.concatWith('.', List.of(InlineLists.concatWith(':', nonNull(title, subtitle)), addon == null
                ? List.of() : addon));
    }

    private static List<List<Inline>> nonNull(List<Inline> a, List<Inline> b) {
        List<List<Inline>> out = new ArrayList<>();
        out.add(a);
        if (b != null) {
            out.add(b);
        }
        return out;
    }

    private List<Inline> series() {
        List<Inline> series = entry.title("series");
        if (series == null) {
            return null;
        }
        series = InlineLists.resolveKeys(series);
        if (series.size() == 1 && series.get(0).isStr() && series.get(0).text().matches("-?\\d+")) {
            String n = series.get(0).text();
            return List.of(Inline.str(n + ordinalSuffix(n)), Inline.SPACE_INLINE,
                    Inline.str(LatexSymbols.bibstring("jourser")));
        }
        return series;
    }

    /** pandoc looks up the en-US term "ordinal-NN" for the whole number, else "ordinal". */
    private static String ordinalSuffix(String n) {
        return switch (n.length() == 1 ? "0" + n : n) {
            case "01" -> "st";
            case "02" -> "nd";
            case "03" -> "rd";
            default -> "th";
        };
    }

    /** The title up to its first colon; without a colon the whole title, or none if one is required. */
    private static List<Inline> upToColon(List<Inline> title, boolean requireColon) {
        if (title == null) {
            return null;
        }
        List<Inline> split = BibNames.splitStr(title, c -> c == ':');
        List<Inline> out = new ArrayList<>();
        boolean colon = false;
        for (Inline inline : split) {
            if (inline.isStr() && inline.text().equals(":")) {
                colon = true;
                break;
            }
            out.add(inline);
        }
        if (requireColon && !colon) {
            return null;
        }
        return Inline.normalise(out);
    }

    @SafeVarargs
    private static List<Inline> or(Supplier<List<Inline>>... choices) {
        for (Supplier<List<Inline>> choice : choices) {
            List<Inline> value = choice.get();
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
