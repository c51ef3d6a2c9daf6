package io.github.essaykit.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * Where a build puts the files of its site as it finishes them: kept in memory
 * ({@link SiteFiles}, for essay:serve and tests), written to a staging folder at once
 * ({@link StagedSite}, essay:build), or only counted ({@link #discarding}, essay:check). Either
 * way the build holds no more than the paths.
 */
public interface SiteOutput {

    /** Puts one file; a later put of the same path replaces it. Safe to call from the build's threads. */
    void put(String path, SiteFiles.Content content);

    /** Every path put so far, sorted. */
    Set<String> paths();

    default SiteOutput text(String path, String text) {
        put(path, new SiteFiles.Bytes(text.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    default SiteOutput bytes(String path, byte[] bytes) {
        put(path, new SiteFiles.Bytes(bytes.clone()));
        return this;
    }

    default SiteOutput copy(String path, Path from) {
        put(path, new SiteFiles.Copy(from));
        return this;
    }

    /** An output that keeps only the paths: for a build that writes nothing. */
    static SiteOutput discarding() {
        Set<String> paths = new java.util.concurrent.ConcurrentSkipListSet<>();
        return new SiteOutput() {
            @Override
            public void put(String path, SiteFiles.Content content) {
                paths.add(path);
            }

            @Override
            public Set<String> paths() {
                return java.util.Collections.unmodifiableSet(paths);
            }
        };
    }
}
