package io.github.essaykit.sources.bibtex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code crossref} and {@code xdata} inheritance as pandoc resolves it: an entry gets every field
 * of the entries it names that it lacks (recursively); in BibLaTeX a parent's fields change name
 * by the biblatex manual's table (a book's {@code title} is an in-book's {@code booktitle}).
 */
final class CrossRefs {

    private static final Set<String> NEVER_INHERITED = Set.of("ids", "crossref", "xref", "entryset", "entrysubtype",
            "execute", "label", "options", "presort", "related", "relatedoptions", "relatedstring", "relatedtype",
            "shorthand", "shorthandintro", "sortkey");
    private static final Set<String> TITLE_ONLY = Set.of("shorttitle", "sorttitle", "indextitle", "indexsorttitle");

    private CrossRefs() {}

    static List<BibEntry> resolve(List<BibEntry> entries, boolean bibtex) {
        List<BibEntry> out = new ArrayList<>();
        for (BibEntry entry : entries) {
            Map<String, String> fields = new TreeMap<>(entry.fields());
            for (String link : List.of("xdata", "crossref")) { // pandoc folds from the last field: xdata first
                String keys = entry.fields().get(link);
                if (keys != null) {
                    Map<String, String> inherited = new LinkedHashMap<>();
                    for (String[] kv : inherited(entry, entries, keys, bibtex, 0)) {
                        inherited.put(kv[0], kv[1]);
                    }
                    inherited.forEach(fields::putIfAbsent);
                }
            }
            out.add(entry.withFields(fields));
        }
        return out;
    }

    private static List<String[]> inherited(BibEntry base, List<BibEntry> entries, String keys, boolean bibtex, int depth) {
        List<String[]> out = new ArrayList<>();
        if (depth > 32) {
            return out; // a cycle of crossrefs
        }
        List<String> wanted = splitKeys(keys);
        for (BibEntry parent : entries) {
            if (!wanted.contains(parent.key())) {
                continue;
            }
            for (Map.Entry<String, String> field : parent.fields().entrySet()) {
                String k = field.getKey();
                if (k.equals("crossref") || k.equals("xdata")) {
                    for (String key : splitKeys(field.getValue())) {
                        for (String[] kv : inherited(base, entries, key, bibtex, depth + 1)) {
                            if (!parent.fields().containsKey(kv[0])) {
                                out.add(kv);
                            }
                        }
                    }
                } else {
                    for (String target : bibtex ? List.of(k) : transformKey(parent.type(), base.type(), k)) {
                        if (!base.fields().containsKey(target)) {
                            out.add(new String[] {target, field.getValue()});
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<String> splitKeys(String keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys.split("[ ,]")) {
            if (!key.isEmpty()) {
                out.add(key);
            }
        }
        return out;
    }

    /** biblatex manual, appendix B: the name a parent's field takes in its child. */
    private static List<String> transformKey(String source, String target, String key) {
        if (NEVER_INHERITED.contains(key)) {
            return List.of();
        }
        if (key.equals("author") && ((Set.of("mvbook", "book").contains(source)
                && Set.of("inbook", "bookinbook", "suppbook").contains(target))
                || (source.equals("mvbook") && target.equals("book")))) {
            return List.of("bookauthor", "author");
        }
        if ((source.equals("mvbook") && Set.of("book", "inbook", "bookinbook", "suppbook").contains(target))
                || (Set.of("mvcollection", "mvreference").contains(source) && Set.of("collection", "reference",
                        "incollection", "inreference", "suppcollection").contains(target))
                || (source.equals("mvproceedings") && Set.of("proceedings", "inproceedings").contains(target))) {
            return renamed(key, "main");
        }
        if ((source.equals("book") && Set.of("inbook", "bookinbook", "suppbook").contains(target))
                || (Set.of("collection", "reference").contains(source)
                        && Set.of("incollection", "inreference", "suppcollection").contains(target))
                || (source.equals("proceedings") && target.equals("inproceedings"))) {
            return renamed(key, "book");
        }
        if (source.equals("periodical") && Set.of("article", "suppperiodical").contains(target)) {
            return switch (key) {
                case "title" -> List.of("journaltitle");
                case "subtitle" -> List.of("journalsubtitle");
                default -> TITLE_ONLY.contains(key) ? List.of() : List.of(key);
            };
        }
        return List.of(key);
    }

    private static List<String> renamed(String key, String prefix) {
        return switch (key) {
            case "title", "subtitle", "titleaddon" -> List.of(prefix + key);
            default -> TITLE_ONLY.contains(key) ? List.of() : List.of(key);
        };
    }
}
