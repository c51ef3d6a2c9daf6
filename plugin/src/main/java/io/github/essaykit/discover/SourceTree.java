package io.github.essaykit.discover;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the source folder holds, sorted by path so every later stage sees the same order:
 * essays ({@code *.md}) and every other file (images, bibliographies, data). Hidden files and
 * folders (".git", ".DS_Store") are ignored. A symbolic link is followed only to a file inside
 * the source folder (and then read at its real path): a link leading out of it, to
 * {@code /proc/self/environ} say, is skipped with a warning, so nothing from outside the source
 * folder is ever published. A file whose name cannot be a safe page address is an error. Folders
 * the build itself writes (its cache, Maven's {@code target/}) are skipped when they lie inside
 * the source folder: their files are not the author's, and change while the site is built.
 */
public record SourceTree(Path root, List<SourceFile> essays, List<SourceFile> others, Diagnostics diagnostics) {

    /** Names picked up as site-wide bibliographies when none are configured. */
    public static final List<String> DEFAULT_BIBLIOGRAPHIES = List.of("sources.bib", "sources.json", "sources.yaml", "sources.yml");

    public SourceTree {
        essays = List.copyOf(essays);
        others = List.copyOf(others);
    }

    /** What {@code root} holds, leaving out the folders {@code skipped} (compared by real path; missing ones are ignored). */
    public static SourceTree scan(Path root, List<Path> skipped) {
        List<SourceFile> essays = new ArrayList<>();
        List<SourceFile> others = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        try {
            Path realRoot = root.toRealPath();
            for (Map.Entry<Path, BasicFileAttributes> found : visibleFiles(realRoot, realPaths(skipped)).entrySet()) {
                String relative = relativize(realRoot, found.getKey());
                Path path = root.resolve(relative);
                Path real = found.getValue().isSymbolicLink() ? followed(path, realRoot, relative, problems) : path;
                if (real == null || !(real == path ? found.getValue().isRegularFile() : Files.isRegularFile(real))) {
                    continue;
                }
                String unsafe = FileNames.problem(relative);
                if (unsafe != null) {
                    problems.add(Diagnostic.error(relative, 0, 0, unsafe));
                    continue;
                }
                SourceFile file = new SourceFile(relative, real);
                (SourceFile.isEssay(relative) ? essays : others).add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source folder " + root, e);
        }
        return new SourceTree(root, essays, others, Diagnostics.of(problems));
    }

    /**
     * Every entry under {@code root} but its folders, sorted by path, each with what one lstat
     * says of it (a link is not followed here); hidden and skipped folders are not entered at
     * all. The walk starts at the real path because it would not enter a root that is a link.
     */
    private static SortedMap<Path, BasicFileAttributes> visibleFiles(Path realRoot, Set<Path> skipped) throws IOException {
        SortedMap<Path, BasicFileAttributes> files = new TreeMap<>();
        Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                boolean skip = !dir.equals(realRoot) && (isHidden(dir) || skipped.contains(dir));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!file.equals(realRoot) && !isHidden(file)) {
                    files.put(file, attributes);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static Set<Path> realPaths(List<Path> folders) {
        Set<Path> real = new HashSet<>();
        for (Path folder : folders) {
            try {
                real.add(folder.toRealPath());
            } catch (IOException e) {
                // A folder that does not exist (yet) holds nothing to skip.
            }
        }
        return real;
    }

    /** Where the link {@code path} leads, if that is a file inside the source folder; else null, with a warning. */
    private static Path followed(Path path, Path realRoot, String relative, List<Diagnostic> problems) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            problems.add(Diagnostic.warning(relative, 0, 0, "skipped: a symbolic link to nothing (" + e.getMessage() + ")"));
            return null;
        }
        if (!real.startsWith(realRoot)) {
            problems.add(Diagnostic.warning(relative, 0, 0, "skipped: a symbolic link to " + real + ", outside the source "
                    + "folder; files from outside it are never published (copy the file into the folder to publish it)"));
            return null;
        }
        if (Files.isDirectory(real)) {
            problems.add(Diagnostic.warning(relative, 0, 0, "skipped: a symbolic link to a folder; links to folders "
                    + "are not followed (move or copy the folder here instead)"));
            return null;
        }
        return real;
    }

    /** The site-wide bibliography files at the root of the source folder, by the default names. */
    public List<SourceFile> defaultBibliographies() {
        return others.stream().filter(f -> DEFAULT_BIBLIOGRAPHIES.contains(f.relative())).toList();
    }

    public static String relativize(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /** A path as diagnostics name it: relative to {@code root} when inside it, else absolute. */
    public static String shown(Path root, Path path) {
        Path base = root.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? relativize(base, absolute) : absolute.toString().replace('\\', '/');
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

}
