package io.github.essaykit.quotes;

import io.github.essaykit.discover.ContentDigest;
import io.github.essaykit.discover.FileNames;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.discover.SourceTree;
import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.SourceLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sources that have a text of their own to check quotations against: the file their entry's
 * {@code file} field names (relative to the bibliography file), else {@code sources/<key>.txt} or
 * {@code sources/<key>.md} beside the bibliography file. Found when the build starts; each text
 * is read and indexed the first time a quote needs it, once per build. Safe to use from the
 * build's threads.
 */
public final class SourceTexts {

    public static final SourceTexts NONE = new SourceTexts(Map.of(), Map.of(), null, List.of());

    /** Keys that can name a file: no folder separators, no "..". */
    private static final Pattern FILE_KEY = Pattern.compile("[\\p{L}\\p{N}_:.+-]+");

    private final Map<String, Path> files;
    private final Map<String, String> shown;
    private final Charset encoding;
    private final Map<String, Optional<SourceText>> loaded = new ConcurrentHashMap<>();
    private final Map<String, String> digests = new ConcurrentHashMap<>();

    /** The folders looked in and the texts found, to tell whether a later build would find others. */
    private final List<Path> looked;

    private SourceTexts(Map<String, Path> files, Map<String, String> shown, Charset encoding, List<Path> looked) {
        this.files = files;
        this.shown = shown;
        this.encoding = encoding;
        this.looked = looked;
    }

    /** The texts of the library's sources, under the source folder {@code root}. */
    public static SourceTexts find(Path root, SourceLibrary library, Charset encoding) {
        Path base = root.toAbsolutePath().normalize();
        Map<String, Path> files = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        Map<Path, Optional<Set<String>>> listed = new HashMap<>();
        for (Source source : library.sources()) {
            Path folder = base.resolve(source.file()).normalize().getParent();
            if (folder == null) {
                continue;
            }
            for (Path candidate : new Path[] {named(folder, source.textFile()), byKey(folder, source.key(), ".txt"),
                    byKey(folder, source.key(), ".md")}) {
                if (candidate != null && mayBeThere(candidate, listed) && Files.isRegularFile(candidate)) {
                    files.put(source.key(), candidate);
                    shown.put(source.key(), SourceTree.shown(base, candidate));
                    break;
                }
            }
        }
        Set<Path> looked = new java.util.TreeSet<>(listed.keySet());
        looked.addAll(files.values());
        return new SourceTexts(Map.copyOf(files), Map.copyOf(shown), encoding, List.copyOf(looked));
    }

    /**
     * The folders this looked for texts in and the texts it found: a text added, removed or edited
     * changes one of them (a folder's time changes with its entries).
     */
    public List<Path> looked() {
        return looked;
    }

    /**
     * False when {@code file}'s folder has no entry of its name, even as a host that ignores case
     * and Unicode forms would match it: each folder is listed once, instead of a failed stat for
     * each of thousands of sources without a text (essay:serve looks after every edit).
     */
    private static boolean mayBeThere(Path file, Map<Path, Optional<Set<String>>> listed) {
        Optional<Set<String>> names = listed.computeIfAbsent(file.getParent(), folder -> {
            Set<String> found = new HashSet<>();
            try (Stream<Path> entries = Files.list(folder)) {
                entries.forEach(entry -> found.add(FileNames.folded(entry.getFileName().toString())));
            } catch (NoSuchFileException | NotDirectoryException e) {
                // no folder: no file in it
            } catch (IOException | UncheckedIOException e) {
                return Optional.empty(); // not listable: asked file by file
            }
            return Optional.of(found);
        });
        return names.map(found -> found.contains(FileNames.folded(file.getFileName().toString()))).orElse(true);
    }

    /** The file a {@code file} field names; JabRef writes {@code description:path:type}. */
    private static Path named(Path folder, String field) {
        if (field.isEmpty()) {
            return null;
        }
        for (String part : field.split("[;:]")) {
            String name = part.strip();
            if (name.endsWith(".txt") || name.endsWith(".md")) {
                return folder.resolve(name).normalize();
            }
        }
        return null;
    }

    private static Path byKey(Path folder, String key, String extension) {
        return FILE_KEY.matcher(key).matches() && !key.contains("..") ? folder.resolve("sources").resolve(key + extension) : null;
    }

    /**
     * Files of the tree that are texts by their place, before any bibliography is read: {@code
     * .txt} and {@code .md} files in a {@code sources/} folder beside a bibliography file. Such a
     * {@code .md} is a source's text, not an essay.
     */
    public static Set<String> candidates(SourceTree tree) {
        Set<String> bibliographyFolders = new LinkedHashSet<>();
        tree.others().stream().map(SourceFile::relative).filter(BIBLIOGRAPHY.asPredicate())
                .forEach(name -> bibliographyFolders.add(name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : ""));
        Set<String> texts = new LinkedHashSet<>();
        for (SourceFile file : java.util.stream.Stream.concat(tree.essays().stream(), tree.others().stream()).toList()) {
            String name = file.relative();
            for (String folder : bibliographyFolders) {
                String rest = name.startsWith(folder + "sources/") ? name.substring(folder.length() + "sources/".length()) : "";
                if (!rest.contains("/") && (rest.endsWith(".txt") || rest.endsWith(".md"))) {
                    texts.add(name);
                }
            }
        }
        return texts;
    }

    private static final Pattern BIBLIOGRAPHY = Pattern.compile("(?i)\\.(bib|bibtex|json|ya?ml)$");

    public boolean has(String key) {
        return files.containsKey(key);
    }

    /** The text's file as messages show it (relative to the source folder when inside it). */
    public String shownName(String key) {
        return shown.getOrDefault(key, "");
    }

    /** The source's indexed text; empty when it has none or it cannot be read. */
    public Optional<SourceText> text(String key) {
        Path file = files.get(key);
        if (file == null) {
            return Optional.empty();
        }
        return loaded.computeIfAbsent(key, k -> {
            try {
                return Optional.of(SourceText.index(shown.get(k), new String(Files.readAllBytes(file), encoding)));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** A fingerprint of a source's text ("" without one), for page cache keys. */
    public String digest(String key) {
        Path file = files.get(key);
        return file == null ? "" : digests.computeIfAbsent(key, k -> {
            try {
                return ContentDigest.of(Files.readAllBytes(file));
            } catch (IOException e) {
                return "unreadable";
            }
        });
    }

    /** A fingerprint of every source's text, by key, for keys of what is checked against all of them. */
    public String fingerprint() {
        StringBuilder all = new StringBuilder();
        new java.util.TreeSet<>(files.keySet()).forEach(key -> all.append(key).append('\u0000').append(digest(key)).append('\n'));
        return ContentDigest.of(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The texts' files (relative to the source folder): the site does not publish them. */
    public Set<String> shownNames() {
        return new LinkedHashSet<>(shown.values());
    }
}
