package io.github.essaykit.write;

/**
 * Where a build puts each file as soon as it is finished: kept in memory ({@link SiteFiles}), or
 * written to the staging folder ({@link SiteWriter.Staging}) so a build of any size holds only the
 * pages it is working on. Thread-safe: essays finish on several threads.
 */
public interface SiteOutput {

    void put(String path, SiteFiles.Content content);
}
