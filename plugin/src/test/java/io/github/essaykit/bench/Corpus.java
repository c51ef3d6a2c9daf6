package io.github.essaykit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic benchmark corpus: n essays of about 1,500 words, each with about 15 citations
 * in every pandoc form (bracketed, with locators and labels, prefixes and suffixes, several
 * items, author suppressed, narrative with and without a locator, inside notes), 5 notes (three
 * {@code [^n]}, two inline), a cross-reference and a link to another essay; and a 2,000-entry
 * BibTeX bibliography whose authors repeat, so year suffixes appear. The same n gives the same
 * bytes on every machine ({@link Random} is a specified algorithm).
 *
 * <p>{@code hugo} writes the same essays as a Hugo site without citations (citations and
 * cross-references dropped, links to essays as Hugo paths), for the comparison in bench/run.sh.
 * Depends on the JDK only, so it also runs as a single file:
 * {@code java plugin/src/test/java/io/github/essaykit/bench/Corpus.java essaykit|hugo N DIR}.
 */
public final class Corpus {

    public static final int SOURCES = 2_000;
    private static final String[] WORDS = ("the of and a to in is was that for on as with by it at from his an were are "
            + "which this be or had not but have their they its one all been would also who more there when other "
            + "into after first new years two than only over most some time state government war policy missile crisis "
            + "president soviet american secret letter meeting cable archive record memoir historian account evidence "
            + "source question answer decision council embassy treaty trade pledge warning deadline quarantine blockade "
            + "island bases weapons officers staff summit talks proposal offer deal removal turkey cuba moscow washington "
            + "october night morning evening message channel brother ambassador adviser minister general admiral navy "
            + "pilot photograph reconnaissance map document transcript tape silence rumour denial promise reading").split(" ");
    private static final String[] FAMILIES = ("Allison Bernstein Blight Chang Dobbs Fursenko Gaddis Garthoff Hershberg "
            + "Kaplan Lebow May Naftali Nathan Pressman Scott Sherwin Stern Taubman Trachtenberg Welch Zelikow Ahmed "
            + "Brown Costa Dubois Eriksen Fischer Garcia Hansen Ivanova Jensen Kowalski Larsen Moreau Novak Olsen Petrov "
            + "Quinn Rossi Schmidt Tanaka Urban Varga Weber Xu Yilmaz Zimmermann").split(" ");
    private static final String[] GIVEN = "Ann Boris Clara David Elena Frank Grace Hugo Irene James Karl Lena".split(" ");

    private Corpus() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !List.of("essaykit", "hugo").contains(args[0])) {
            System.err.println("usage: Corpus essaykit|hugo N DIR");
            System.exit(2);
        }
        int n = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        if (args[0].equals("essaykit")) {
            writeEssaykit(dir, n);
        } else {
            writeHugo(dir, n);
        }
    }

    /** The essays and {@code sources.bib} in {@code dir} (an essaykit source folder). */
    public static void writeEssaykit(Path dir, int n) throws IOException {
        writeEssaykit(dir, n, SOURCES);
    }

    /** The same with a smaller bibliography (tests): essays cite the first {@code sources} entries. */
    public static void writeEssaykit(Path dir, int n, int sources) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("sources.bib"), bibliography(sources), StandardCharsets.UTF_8);
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve(slug(i) + ".md"), essay(i, n, true, sources), StandardCharsets.UTF_8);
        }
    }

    /** A Hugo site in {@code dir}: config, three small layouts, the essays without citations. */
    public static void writeHugo(Path dir, int n) throws IOException {
        Path posts = Files.createDirectories(dir.resolve("content/posts"));
        Path layouts = Files.createDirectories(dir.resolve("layouts/_default"));
        Files.writeString(dir.resolve("config.toml"), """
                baseURL = "https://example.org/"
                title = "Essays"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                [markup.goldmark.parser.attribute]
                title = true
                """);
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>"
                + "<body>%s</body></html>\n";
        Files.writeString(layouts.resolve("single.html"),
                page.formatted("<article><h1>{{ .Title }}</h1><p>{{ .Params.author }} · {{ .Date.Format \"2006-01-02\" }}</p>"
                        + "{{ .Content }}</article>"));
        Files.writeString(layouts.resolve("list.html"), page.formatted("<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">"
                + "{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul>"));
        Files.writeString(dir.resolve("layouts/index.html"), page.formatted("<ul>{{ range .Site.RegularPages }}<li>"
                + "<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>"));
        for (int i = 0; i < n; i++) {
            Files.writeString(posts.resolve(slug(i) + ".md"), essay(i, n, false, SOURCES), StandardCharsets.UTF_8);
        }
    }

    public static String slug(int i) {
        return String.format(Locale.ROOT, "essay-%06d", i);
    }

    /** Essay {@code i} of {@code n}; without citations for Hugo (same words, same notes and headings). */
    public static String essay(int i, int n, boolean citations, int sources) {
        Random random = new Random(1_000_003L * i + 17);
        StringBuilder text = new StringBuilder();
        text.append("---\ntitle: \"").append(capitalized(words(random, 5))).append("\"\n")
                .append("author: \"").append(GIVEN[i % GIVEN.length]).append(' ').append(FAMILIES[i % FAMILIES.length]).append("\"\n")
                .append("date: ").append(String.format(Locale.ROOT, "%04d-%02d-%02d", 2000 + i % 25, 1 + i % 12, 1 + i % 28)).append('\n')
                .append("summary: \"").append(capitalized(words(random, 20))).append(".\"\n---\n\n");
        List<String> notes = new ArrayList<>();
        int cited = 0;
        for (int p = 0; p < 8; p++) {
            if (p == 2) {
                text.append("## ").append(capitalized(words(random, 4))).append(citations ? " {#sec-middle}" : "").append("\n\n");
            } else if (p == 5) {
                text.append("## ").append(capitalized(words(random, 3))).append("\n\n");
            }
            for (int s = 0; s < 10; s++) {
                text.append(capitalized(words(random, 12 + random.nextInt(12))));
                if (s % 5 == 2 && cited < 15) {
                    text.append(citations ? ' ' + citation(random, cited, sources) : "");
                    cited++;
                }
                text.append('.');
                if (p == 1 && s == 4 || p == 4 && s == 1 || p == 6 && s == 8) {
                    int number = notes.size() + 1;
                    text.append("[^").append(number).append(']');
                    notes.add("[^" + number + "]: " + capitalized(words(random, 25))
                            + (citations && number != 2 ? " " + citation(random, 0, sources) : "") + ".");
                } else if (p == 3 && s == 6 || p == 7 && s == 3) {
                    text.append("^[").append(capitalized(words(random, 12)))
                            .append(citations && p == 3 ? ", as [@" + key(random.nextInt(sources)) + ", 7] has it" : "").append(".]");
                }
                text.append(' ');
            }
            if (p == 6) {
                int other = (i + 1) % n;
                text.append(citations ? "As @sec-middle shows, see also [the next essay](" + slug(other) + ".md)."
                        : "See also [the next essay](/posts/" + slug(other) + "/).");
            }
            text.setLength(text.length() - (text.charAt(text.length() - 1) == ' ' ? 1 : 0));
            text.append("\n\n");
        }
        notes.forEach(note -> text.append(note).append("\n\n"));
        return text.toString();
    }

    /** The k-th citation form; keys random, with one repeat for ibid/subsequent positions. */
    private static String citation(Random random, int k, int sources) {
        String a = key(random.nextInt(sources));
        String b = key(random.nextInt(sources));
        String c = key(random.nextInt(sources));
        int page = 1 + random.nextInt(400);
        return switch (k % 15) {
            case 0 -> "[@" + a + "]";
            case 1 -> "[@" + a + ", " + page + "]";
            case 2 -> "[@" + a + ", p. " + page + "]";
            case 3 -> "[see @" + a + ", " + page + "-" + (page + 3) + "; also @" + b + ", chap. 4]";
            case 4 -> "[-@" + a + "]";
            case 5 -> "@" + a;
            case 6 -> "@" + a + " [" + page + "]";
            case 7 -> "[@" + a + "; @" + b + "; @" + c + "]";
            case 8 -> "[@" + a + ", " + page + ", emphasis added]";
            case 9 -> "[e.g., @" + a + "]";
            case 10 -> "[@" + a + ", sec. " + (1 + page % 9) + "]";
            case 11 -> "[@" + a + ", pp. " + page + "-" + (page + 12) + "]";
            case 12 -> "[@" + a + "; @" + a + ", " + page + "]";
            case 13 -> "[-@" + a + ", " + page + "]";
            default -> "[cf. @" + a + ", vol. 2, " + page + "]";
        };
    }

    public static String key(int k) {
        return FAMILIES[k % FAMILIES.length].toLowerCase(Locale.ROOT) + (1950 + k % 60) + "k" + k;
    }

    /** 2,000 entries: books, articles and chapters; same author and year recur, for year suffixes. */
    public static String bibliography() {
        return bibliography(SOURCES);
    }

    /** The first {@code sources} entries of {@link #bibliography()}. */
    public static String bibliography(int sources) {
        StringBuilder bib = new StringBuilder();
        Random random = new Random(42);
        for (int k = 0; k < sources; k++) {
            String author = FAMILIES[k % FAMILIES.length] + ", " + GIVEN[k % GIVEN.length];
            int year = 1950 + k % 60;
            String title = capitalized(words(random, 4 + random.nextInt(6)));
            switch (k % 3) {
                case 0 -> bib.append("@book{").append(key(k)).append(",\n  author = {").append(author).append("},\n  title = {")
                        .append(title).append("},\n  publisher = {").append(capitalized(words(random, 2))).append(" Press},\n")
                        .append("  address = {New York},\n  year = {").append(year).append("}\n}\n\n");
                case 1 -> bib.append("@article{").append(key(k)).append(",\n  author = {").append(author).append(" and ")
                        .append(FAMILIES[(k + 7) % FAMILIES.length]).append(", ").append(GIVEN[(k + 3) % GIVEN.length])
                        .append("},\n  title = {").append(title).append("},\n  journal = {Journal of ")
                        .append(capitalized(words(random, 2))).append("},\n  volume = {").append(1 + k % 40)
                        .append("},\n  number = {").append(1 + k % 4).append("},\n  pages = {").append(10 + k % 200).append("--")
                        .append(30 + k % 200).append("},\n  year = {").append(year).append("},\n  doi = {10.1000/j.").append(k)
                        .append("}\n}\n\n");
                default -> bib.append("@incollection{").append(key(k)).append(",\n  author = {").append(author)
                        .append("},\n  title = {").append(title).append("},\n  booktitle = {")
                        .append(capitalized(words(random, 5))).append("},\n  editor = {")
                        .append(FAMILIES[(k + 11) % FAMILIES.length]).append(", ").append(GIVEN[(k + 5) % GIVEN.length])
                        .append("},\n  publisher = {University Press},\n  address = {London},\n  pages = {")
                        .append(1 + k % 90).append("--").append(20 + k % 90).append("},\n  year = {").append(year)
                        .append("},\n  url = {https://example.org/chapters/").append(k).append("}\n}\n\n");
            }
        }
        return bib.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < count; w++) {
            s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
