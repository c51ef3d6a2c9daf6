package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Edits nobody chose: a seeded sequence of random edits to a small site (essays citing sources in
 * every form, notes, sections, figures and links between essays; sources whose authors and years
 * collide; drafts; front matter naming an essay's own style, language, sources, nocite, tags and summary;
 * essays added and deleted; a template and the style changed; a bibliography outside the source
 * folder whose sources' texts, beside it, are added, edited and removed while essays quote them; a
 * locale given as a file, edited, and the locale switched), each followed by a build with the
 * cache in a folder (essay:build), one with the cache in memory (essay:serve), and a clean build
 * of the same sources. All three give the same diagnostics and, where the build succeeds, the same
 * files with the same bytes; where it fails, both incremental output folders stay as the last good
 * build left them. {@link IncrementalBuildTest} names each dependency it checks; this looks for the
 * ones nobody named. More seeds: {@code -Dessaykit.edits.seeds=200}.
 */
class RandomEditsTest {

    private static final String[] SURNAMES = {"Smith", "Jones", "Okafor", "Lindqvist"};
    private static final String[] WORDS = {"harbour", "ledger", "archive", "witness", "tide", "record", "signal", "draft"};
    private static final String[] STYLES = {"chicago-author-date", "apa", "chicago-notes-bibliography", "ieee", "american-medical-association"};
    /** A 1×1 PNG, for figures. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    Path dir;

    private Random random;
    private Path essays;
    private Path templates;
    /** A bibliography outside the source folder, with a folder of its sources' texts beside it. */
    private Path shared;
    private Path house;
    private String style = STYLES[0];
    /** The locale asked for: none (the style's), a file, or an id. */
    private String locale;
    private int nextEssay;
    private int nextSource;
    private int nextId;
    /** Whether a paragraph may cite a key no source has. */
    private boolean mistakes;

    /** Seeds 1 and 2 in the build; {@code -Dessaykit.edits.seeds=N} runs N of them, from {@code -Dessaykit.edits.from} (1). */
    static LongStream seeds() {
        long from = Long.getLong("essaykit.edits.from", 1);
        return LongStream.range(from, from + Long.getLong("essaykit.edits.seeds", 2));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomEditsGiveTheFilesAndDiagnosticsOfACleanBuild(long seed) throws IOException {
        random = new Random(seed);
        essays = Files.createDirectories(dir.resolve("essays"));
        templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("essay.mustache"), IncrementalBuildTest.resource("essaykit/template/essay.mustache"));
        Files.write(essays.resolve("chart.png"), PNG);
        StringBuilder bib = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            bib.append(source());
        }
        Files.writeString(essays.resolve("sources.bib"), bib);
        // an essay's own sources, read only by an essay whose front matter names the file
        Files.writeString(essays.resolve("local.bib"), "@book{l0, author = {Okafor, A.}, title = {Local Ledger}, publisher = {Press},"
                + " year = {2020}}\n@article{l1, author = {Smith, B.}, title = {Local Tide}, journal = {Harbour Review}, year = {2019}}\n");
        shared = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(shared.resolve("outside.bib"), "@book{o0, author = {Lindqvist, M.}, title = {Far Harbour}, publisher = {Press},"
                + " year = {2018}}\n@book{o1, author = {Jones, C.}, title = {Far Ledger}, publisher = {Press}}\n"); // no date: the locale's "n.d."
        Files.createDirectories(shared.resolve("sources"));
        house = dir.resolve("house.xml");
        Files.writeString(house, IncrementalBuildTest.resource("locales-en-US.xml"));
        locale = house.toString(); // the locale file read from the start: its edits must show
        for (int i = 0; i < 4; i++) {
            addEssay();
        }
        mistakes = true; // from here on, an edit may break the build
        BuildMemory folder = BuildMemory.stored(dir.resolve("cache"));
        BuildMemory memory = BuildMemory.create();
        Map<String, String> good = Map.of(); // the files of the last build that succeeded
        boolean lastFailed = false;
        List<String> done = new ArrayList<>();
        Snapshot before = snapshot();
        int succeeded = 0;
        for (int step = 0; step < 30; step++) {
            if (lastFailed) { // the author puts right what broke the build, as they would
                restore(before);
                done.add("undone");
            } else {
                before = snapshot();
                done.add(edit());
            }
            String as = "seed " + seed + " after " + done;
            Path cleanOut = dir.resolve("clean-" + step);
            BuildResult expected = SiteBuilder.build(config(cleanOut));
            Map<String, String> cleanFiles = expected.ok() ? IncrementalBuildTest.files(cleanOut) : null;
            for (String kept : List.of("folder", "memory")) {
                Path out = dir.resolve("out-" + kept);
                BuildResult actual = SiteBuilder.build(config(out), kept.equals("folder") ? folder : memory);
                assertThat(actual.diagnostics()).as(kept + ", " + as).isEqualTo(expected.diagnostics());
                assertSameFiles(out, cleanFiles != null ? cleanFiles : good, kept + ", " + as);
            }
            if (cleanFiles != null) {
                good = cleanFiles;
                succeeded++;
            }
            lastFailed = cleanFiles == null;
        }
        assertThat(succeeded).as("builds that succeeded, seed " + seed).isGreaterThan(15);
    }

    /** Every file the site is made from, by path, and the style and locale the build is asked for. */
    private record Snapshot(Map<Path, byte[]> files, String style, String locale) {}

    private Snapshot snapshot() throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        for (Path file : inputFiles()) {
            files.put(file, Files.readAllBytes(file));
        }
        return new Snapshot(files, style, locale);
    }

    private void restore(Snapshot snapshot) throws IOException {
        for (Path file : inputFiles()) {
            Files.delete(file);
        }
        for (Map.Entry<Path, byte[]> file : snapshot.files().entrySet()) {
            Files.write(file.getKey(), file.getValue());
        }
        style = snapshot.style();
        locale = snapshot.locale();
    }

    /** The files of the source and template folders, the bibliography outside and its texts, the locale file. */
    private List<Path> inputFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(house));
        for (Path folder : List.of(essays, templates, shared, shared.resolve("sources"))) {
            try (Stream<Path> walk = Files.list(folder)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }

    /** One random edit, applied; its description. */
    private String edit() throws IOException {
        List<Path> all = essayFiles();
        Path essay = all.isEmpty() ? null : all.get(random.nextInt(all.size()));
        int kind = random.nextInt(all.size() < 3 ? 17 : 18); // deletes only while there are three or more
        if (essay == null || kind == 0) {
            return "added " + addEssay();
        }
        String name = essay.getFileName().toString();
        String text = Files.readString(essay);
        switch (kind) {
            case 1, 2, 3 -> Files.writeString(essay, text + "\n" + paragraph(name) + "\n");
            case 4 -> Files.writeString(essay, withoutAParagraph(text));
            case 5 -> Files.writeString(essay, text.replaceFirst("(?m)^title: .*$", "title: " + title()));
            case 6 -> Files.writeString(essay, text.replaceFirst("(?m)^date: .*$", "date: " + date()));
            case 7 -> Files.writeString(essay, text.contains("draft: true\n") ? text.replace("draft: true\n", "")
                    : text.replaceFirst("---\n", "---\ndraft: true\n"));
            case 8 -> Files.writeString(essay, text.replaceFirst(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)]));
            case 9 -> {
                return "edited a source: " + editSource();
            }
            case 10 -> {
                Path template = templates.resolve("essay.mustache");
                Files.writeString(template, Files.readString(template).replace("{{/layout}}", "{{/layout}}\n<!-- " + word() + " -->"));
                return "edited the template";
            }
            case 11 -> {
                style = STYLES[random.nextInt(STYLES.length)];
                return "style " + style;
            }
            case 12 -> {
                return "no edit";
            }
            case 14 -> { // a source's text beside the bibliography outside the folder: written, rewritten or taken away
                Path textFile = shared.resolve("sources").resolve("o" + random.nextInt(2) + ".txt");
                if (Files.exists(textFile) && random.nextBoolean()) {
                    Files.delete(textFile);
                    return "removed " + textFile.getFileName();
                }
                Files.writeString(textFile, random.nextBoolean() ? "In that year the tide turned early, and the " + word() + " with it.\n"
                        : "Nothing of the " + word() + " was kept.\n");
                return "wrote " + textFile.getFileName();
            }
            case 15 -> {
                Files.writeString(house, Files.readString(house).replaceFirst("<term name=\"no date\" form=\"short\">[^<]*</term>",
                        "<term name=\"no date\" form=\"short\">" + word() + "</term>"));
                return "edited the locale file";
            }
            case 16 -> {
                locale = new String[] {null, house.toString(), house.toString(), "de", "en-GB"}[random.nextInt(5)];
                return "locale " + locale;
            }
            case 13 -> {
                String line = frontMatterLine();
                String key = line.substring(0, line.indexOf(':') + 1);
                String edited = text.matches("(?s).*\n" + java.util.regex.Pattern.quote(key) + ".*")
                        ? text.replaceFirst("(?m)^" + java.util.regex.Pattern.quote(key) + ".*\n", "")
                        : text.replaceFirst("---\n", "---\n" + java.util.regex.Matcher.quoteReplacement(line) + "\n");
                Files.writeString(essay, edited);
                return "front matter '" + key + "' of " + name;
            }
            default -> {
                Files.delete(essay);
                return "deleted " + name;
            }
        }
        return "edit " + kind + " of " + name;
    }

    /** A front matter field an essay may have or not: its own style or language, a nocite, its own bibliography file, tags, a summary. */
    private String frontMatterLine() {
        return switch (random.nextInt(6)) {
            case 0 -> "csl: " + STYLES[random.nextInt(STYLES.length)];
            case 5 -> "lang: " + new String[] {"de", "fr-FR", "en-GB", "xx"}[random.nextInt(4)];
            case 1 -> "nocite: \"" + (random.nextInt(4) == 0 ? "@*" : "@" + key()) + "\"";
            case 2 -> "bibliography: local.bib";
            case 3 -> "tags: [" + word() + ", " + word() + "]";
            default -> "summary: A note on the " + word() + ".";
        };
    }

    private String addEssay() throws IOException {
        String name = "e" + nextEssay++ + ".md";
        StringBuilder text = new StringBuilder("---\ntitle: " + title() + "\ndate: " + date() + "\n");
        if (random.nextBoolean()) {
            text.append("author: ").append(SURNAMES[random.nextInt(SURNAMES.length)]).append(" Writer\n");
        }
        text.append("---\n");
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            text.append('\n').append(paragraph(name)).append('\n');
        }
        Files.writeString(essays.resolve(name), text);
        return name;
    }

    /** A paragraph of one of the shapes essays have, citing sources that exist (mostly) and linking to what is there now. */
    private String paragraph(String essay) throws IOException {
        String key = key();
        String id = "x" + nextId++;
        return switch (random.nextInt(12)) {
            case 0 -> "The " + word() + " shows it [@" + key + ", " + (1 + random.nextInt(300)) + "].";
            case 1 -> "@" + key + " says the " + word() + " was kept [" + (1 + random.nextInt(90)) + "].";
            case 2 -> "Compare the " + word() + " [see @" + key + "; @" + key() + ", chap. 3].";
            case 3 -> "As the " + word() + " has it [-@" + key + "].";
            case 4 -> "A " + word() + " with a note.^[A note citing @" + key + ".]";
            case 5 -> "A " + word() + " with a numbered note.[^" + id + "]\n\n[^" + id + "]: Its text [@" + key + "].";
            case 6 -> "## The " + word() + " {#sec-" + id + "}\n\nAs @sec-" + id + " says, the " + word() + " is old.";
            case 7 -> "![A " + word() + " chart.](chart.png){#fig-" + id + "}\n\n@Fig-" + id + " shows the " + word() + ".";
            case 8 -> "See [the other essay](" + otherEssay(essay) + ") on the " + word() + ".";
            case 9 -> "See [its section](" + otherSection(essay) + ").";
            case 10 -> "Its " + word() + " reads \"the tide turned early\" [@o" + random.nextInt(2) + "].";
            default -> "Plain " + word() + " and $x^" + random.nextInt(9) + "$ text.";
        };
    }

    private String otherEssay(String essay) throws IOException {
        List<Path> all = essayFiles();
        return all.isEmpty() ? essay : all.get(random.nextInt(all.size())).getFileName().toString();
    }

    /** A link to a section of some essay, if any has one. */
    private String otherSection(String essay) throws IOException {
        for (Path other : essayFiles()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{#(sec-x\\d+)\\}").matcher(Files.readString(other));
            if (m.find() && random.nextInt(3) > 0) {
                return other.getFileName() + "#" + m.group(1);
            }
        }
        return otherEssay(essay);
    }

    private static String withoutAParagraph(String text) {
        int end = text.indexOf("---\n", 4) + 4;
        String body = text.substring(end);
        int cut = body.indexOf("\n\n", 1);
        return text.substring(0, end) + (cut < 0 ? "" : body.substring(cut));
    }

    /** Changes a source's author, year or title, adds one, or takes one away (an essay citing it then fails). */
    private String editSource() throws IOException {
        Path bib = essays.resolve("sources.bib");
        List<String> entries = new ArrayList<>(List.of(Files.readString(bib).split("(?=@book)")));
        entries.removeIf(String::isBlank);
        int which = random.nextInt(entries.size());
        String entry = entries.get(which);
        String what;
        switch (random.nextInt(5)) {
            case 0 -> {
                entries.set(which, entry.replaceFirst("author = \\{[^}]*\\}", "author = {" + author() + "}"));
                what = "author";
            }
            case 1 -> {
                entries.set(which, entry.replaceFirst("year = \\{\\d+\\}", "year = {" + (2019 + random.nextInt(2)) + "}"));
                what = "year";
            }
            case 2 -> {
                entries.set(which, entry.replaceFirst("title = \\{[^}]*\\}", "title = {" + title() + "}"));
                what = "title";
            }
            case 3 -> {
                entries.add(source());
                what = "added";
            }
            default -> {
                entries.remove(which);
                what = "removed";
            }
        }
        Files.writeString(bib, String.join("", entries));
        return what;
    }

    private String source() {
        return "@book{k" + nextSource++ + ", author = {" + author() + "}, title = {" + title() + "}, publisher = {Press}, year = {"
                + (2019 + random.nextInt(2)) + "}}\n";
    }

    /** A key of the sources, now and then one that was never there. */
    private String key() {
        if (mistakes && random.nextInt(60) == 0) {
            return "l" + random.nextInt(2); // an essay-local source: there only for an essay naming local.bib
        }
        return "k" + (mistakes && random.nextInt(40) == 0 ? nextSource : random.nextInt(nextSource));
    }

    private String author() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + ", " + "ABC".charAt(random.nextInt(3)) + ".";
    }

    private String title() {
        return "The " + word() + " of the " + word();
    }

    private String date() {
        return "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private List<Path> essayFiles() throws IOException {
        try (Stream<Path> files = Files.list(essays)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    private SiteConfig config(Path out) {
        return SiteConfig.builder(essays, out).templateDirectory(templates).style(style).locale(locale)
                .bibliography(List.of(essays.resolve("sources.bib"), shared.resolve("outside.bib"))).build();
    }

    private static void assertSameFiles(Path out, Map<String, String> expected, String as) {
        Map<String, String> actual = Files.isDirectory(out) ? IncrementalBuildTest.files(out) : Map.of();
        assertThat(actual.keySet()).as(as).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, text) -> assertThat(actual.get(path)).as(path + ", " + as).isEqualTo(text));
    }
}
