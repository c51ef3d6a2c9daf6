package io.github.essaykit.bench;

import java.util.function.IntFunction;

/**
 * Bibliographies of n entries shaped as Zotero and Better BibTeX export them: CSL-JSON
 * (tab-indented, one field a line), CSL-YAML (a {@code references} list) and BibLaTeX, each entry
 * with names, a date, a DOI, a URL, and a {@code note} holding "key: value" lines.
 */
public final class ZoteroExports {

    private ZoteroExports() {}

    /** @param format json, yaml or bib */
    public static String write(String format, int n) {
        return switch (format) {
            case "json" -> items(n, ZoteroExports::json, "[\n", ",\n", "\n]\n");
            case "yaml" -> items(n, ZoteroExports::yaml, "---\nreferences:\n", "", "...\n");
            case "bib" -> items(n, ZoteroExports::bib, "", "\n", "");
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static String items(int n, IntFunction<String> item, String open, String separator, String close) {
        StringBuilder text = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : separator).append(item.apply(i));
        }
        return text.append(close).toString();
    }

    private static String json(int i) {
        return "\t{\n\t\t\"id\": \"key" + i + "\",\n\t\t\"type\": \"article-journal\",\n"
                + "\t\t\"title\": \"On the {Nature} of Things, part " + i + "\",\n"
                + "\t\t\"container-title\": \"Journal of Studies\",\n\t\t\"page\": \"" + (i % 90 + 1) + "-" + (i % 90 + 20) + "\",\n"
                + "\t\t\"volume\": \"" + (i % 40) + "\",\n\t\t\"issue\": \"" + (i % 4 + 1) + "\",\n"
                + "\t\t\"source\": \"Zotero\",\n\t\t\"language\": \"en\",\n"
                + "\t\t\"DOI\": \"10.1000/j." + i + "\",\n\t\t\"URL\": \"https://example.org/articles/" + i + "\",\n"
                + "\t\t\"note\": \"Citation Key: key" + i + "\\nPMID: " + (100000 + i) + "\",\n"
                + "\t\t\"author\": [\n\t\t\t{\n\t\t\t\t\"family\": \"Author" + i % 700 + "\",\n\t\t\t\t\"given\": \"Ann\"\n\t\t\t},\n"
                + "\t\t\t{\n\t\t\t\t\"family\": \"van der Berg\",\n\t\t\t\t\"given\": \"Jan\"\n\t\t\t}\n\t\t],\n"
                + "\t\t\"accessed\": {\n\t\t\t\"date-parts\": [\n\t\t\t\t[\n\t\t\t\t\t\"2023\",\n\t\t\t\t\t5,\n\t\t\t\t\t1\n\t\t\t\t]\n\t\t\t]\n\t\t},\n"
                + "\t\t\"issued\": {\n\t\t\t\"date-parts\": [\n\t\t\t\t[\n\t\t\t\t\t\"" + (1900 + i % 120) + "\"\n\t\t\t\t]\n\t\t\t]\n\t\t}\n\t}";
    }

    private static String yaml(int i) {
        return "- id: key" + i + "\n  type: article-journal\n  title: On the Nature of Things, part " + i + "\n"
                + "  container-title: Journal of Studies\n  page: " + (i % 90 + 1) + "-" + (i % 90 + 20) + "\n"
                + "  volume: '" + (i % 40) + "'\n  issue: '" + (i % 4 + 1) + "'\n  source: Zotero\n  language: en\n"
                + "  DOI: 10.1000/j." + i + "\n  URL: https://example.org/articles/" + i + "\n"
                + "  note: |-\n    Citation Key: key" + i + "\n    PMID: " + (100000 + i) + "\n"
                + "  author:\n    - family: Author" + i % 700 + "\n      given: Ann\n    - family: van der Berg\n      given: Jan\n"
                + "  accessed:\n    - year: 2023\n      month: 5\n      day: 1\n"
                + "  issued:\n    - year: " + (1900 + i % 120) + "\n";
    }

    private static String bib(int i) {
        return "@article{key" + i + ",\n\ttitle = {On the {Nature} of Things, part " + i + "},\n"
                + "\tvolume = {" + (i % 40) + "},\n\tissn = {1234-5678},\n\turl = {https://example.org/articles/" + i + "},\n"
                + "\tdoi = {10.1000/j." + i + "},\n\tlanguage = {en},\n\tnumber = {" + (i % 4 + 1) + "},\n"
                + "\turldate = {2023-05-01},\n\tjournaltitle = {Journal of Studies},\n"
                + "\tauthor = {Author" + i % 700 + ", Ann and van der Berg, Jan},\n\tdate = {" + (1900 + i % 120) + "},\n"
                + "\tpages = {" + (i % 90 + 1) + "--" + (i % 90 + 20) + "},\n\tnote = {PMID: " + (100000 + i) + "},\n"
                + "\tkeywords = {history, {philosophy of science}},\n}\n";
    }
}
