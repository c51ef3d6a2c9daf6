package io.github.essaykit.write;

import io.github.essaykit.cache.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What an output folder holds as far as essaykit wrote it, without reading a page: its marker
 * (the list of files essaykit wrote) and each listed file's size and modification time. Equal
 * stamps mean no listed file was written, replaced or deleted in between (by us or by hand).
 *
 * @param print the fingerprint
 * @param files the files the marker lists
 */
public record OutputStamp(String print, Set<String> files) {

    /** The stamp of {@code out}, or null when it holds no site of ours or cannot be read. */
    public static OutputStamp of(Path out) {
        return of(out, OutputDigests.NONE);
    }

    /**
     * As {@link #of(Path)}, each file's size and time as {@code known} has them, the others looked
     * at: {@code known} are the digests of the site just committed ({@link StagedSite#digests}),
     * whose sizes and times were read as it was written (a one-edit build of 1,000 essays looked
     * at 7,000 files again here). A file changed since stamps as it was, so the next build finds
     * it changed.
     */
    public static OutputStamp of(Path out, OutputDigests known) {
        try {
            Path marker = out.resolve(SiteWriter.MARKER);
            if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) || Files.exists(out.resolve(SiteWriter.STAGING))) {
                return null; // no site yet, or a build was cut short
            }
            Manifest manifest = Manifest.read(out);
            Fingerprint print = Fingerprint.start("output").add(out.toAbsolutePath().normalize().toString())
                    .add(Files.readAllBytes(marker));
            for (String file : manifest.files()) {
                long[] stood = known.sizeAndTime(file);
                if (stood != null) {
                    print.add(file).add(stood[0]).add(stood[1]);
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(SiteWriter.inside(out, file), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile()) {
                    return null;
                }
                print.add(file).add(attributes.size()).add(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            }
            return new OutputStamp(print.hex(), manifest.files());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
