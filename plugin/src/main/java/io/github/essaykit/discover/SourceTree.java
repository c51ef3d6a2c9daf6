package io.github.essaykit.discover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the source folder holds, sorted by path so every later stage sees the same order:
 * essays ({@code *.md}) and every other file (images, bibliographies, data). Hidden files and
 * folders (".git", ".DS_Store") are ignored.
 */
public record SourceTree(Path root, List<SourceFile> essays, List<SourceFile> others) {

    /** Names picked up as site-wide bibliographies when none are configured. */
    public static final List<String> DEFAULT_BIBLIOGRAPHIES = List.of("sources.bib", "sources.json", "sources.yaml", "sources.yml");

    public SourceTree {
        essays = List.copyOf(essays);
        others = List.copyOf(others);
    }

    public static SourceTree scan(Path root) {
        List<SourceFile> essays = new ArrayList<>();
        List<SourceFile> others = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = relativize(root, path);
                if (isHidden(relative)) {
                    continue;
                }
                SourceFile file = new SourceFile(relative, path);
                (relative.endsWith(".md") ? essays : others).add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source folder " + root, e);
        }
        return new SourceTree(root, essays, others);
    }

    /** The site-wide bibliography files at the root of the source folder, by the default names. */
    public List<SourceFile> defaultBibliographies() {
        return others.stream().filter(f -> DEFAULT_BIBLIOGRAPHIES.contains(f.relative())).toList();
    }

    public static String relativize(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

}
