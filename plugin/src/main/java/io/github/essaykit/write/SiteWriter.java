package io.github.essaykit.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * Write stage: builds the whole site in a staging folder beside the output, then swaps it in,
 * so readers and servers never see a half-written site and a failed build leaves the old one.
 * It deletes only folders it made: the output holds a marker file, and a non-empty output
 * folder without it is refused rather than replaced.
 */
public final class SiteWriter {

    /** Marks a folder as written by essaykit, so replacing it can never remove a user's files. */
    public static final String MARKER = ".essaykit";

    private SiteWriter() {}

    public static void write(Path output, SiteFiles site) {
        Path out = output.toAbsolutePath().normalize();
        Path staging = out.resolveSibling("." + out.getFileName() + ".essaykit-staging");
        Path old = out.resolveSibling("." + out.getFileName() + ".essaykit-old");
        try {
            refuseForeign(out);
            Files.createDirectories(out.getParent());
            deleteTree(staging);
            deleteTree(old);
            Files.createDirectories(staging);
            for (Map.Entry<String, SiteFiles.Content> file : site.all().entrySet()) {
                Path target = staging.resolve(file.getKey()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IllegalArgumentException("refusing to write outside the site: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                if (file.getValue() instanceof SiteFiles.Bytes bytes) {
                    Files.write(target, bytes.bytes());
                } else if (file.getValue() instanceof SiteFiles.Copy copy) {
                    Files.copy(copy.from(), target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(staging.resolve(MARKER), "This folder is written by essaykit and replaced on each build.\n");
            if (Files.exists(out)) {
                move(out, old);
            }
            move(staging, out);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the site to " + out + ": " + e.getMessage(), e);
        }
    }

    private static void refuseForeign(Path out) throws IOException {
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER))) {
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new ForeignOutputException(out);
                }
            }
        } else if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ForeignOutputException(out);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder of ours (staging or old); never follows links out of it. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The output folder holds files essaykit did not write: a user mistake, not a crash. */
    public static final class ForeignOutputException extends RuntimeException {
        public ForeignOutputException(Path out) {
            super("the output folder " + out + " exists and was not written by essaykit; "
                    + "choose another outputDirectory or empty that folder");
        }
    }
}
