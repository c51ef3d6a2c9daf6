package io.github.essaykit.serve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.parse.ParseCache;
import io.github.essaykit.safety.ContentSecurityPolicy;
import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.BuildMemory;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import io.github.essaykit.write.OutputFolder;
import io.github.essaykit.write.OutputFolderException;
import io.github.essaykit.write.SiteFiles;
import io.github.essaykit.write.SiteWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * essay:serve without Maven: builds the site with live reload on, serves it on one address,
 * watches the essays, bibliographies and templates, and rebuilds after each burst of changes
 * (quiet for {@link #DEBOUNCE}). Open pages reload after a good build and show the errors after
 * a bad one, while the last good site is still served. Unchanged essays are not parsed again
 * (a {@link BuildMemory} lives as long as the session). Pages are served from memory; after a
 * rebuild they are published (and pages told to reload) before the same files are written to
 * the output folder, so the reload does not wait for the disk; the write reads back only the
 * files whose bytes changed since its last write. One thread watches and builds, so builds never
 * overlap. The reload goes out once the whole site is built and checked, not as soon as the
 * edited page is: the link check comes last and may fail the build, and the index, the site
 * bibliography and other essays' previews may change with the page, so an earlier reload would
 * show a site no good build made. A rebuild is fast because it redoes only what an edit changed.
 */
public final class LiveSite implements AutoCloseable {

    /** How long the sources stay quiet before a rebuild: an editor's save (write, rename, touch) takes a few ms. */
    public static final Duration DEBOUNCE = Duration.ofMillis(50);

    /** What the session tells its user (the Maven log, or a test). */
    public interface Listener {

        /** A build finished, good or not: {@code result} holds its diagnostics. */
        void built(BuildResult result, Set<Path> changed, long millis, ParseCache.Counts parses);

        /** The build failed outside the essays (an unwritable output, a broken template). */
        void crashed(RuntimeException e);
    }

    private final SiteConfig config;
    private final Listener listener;
    private final BuildMemory memory = BuildMemory.create();
    private final SiteServer server;
    private final SourceWatcher watcher;
    private final Thread loop;
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** The site served now, whose unchanged pages' bytes the next build reuses; and the site last written. */
    private SiteFiles served;
    private SiteFiles written;

    private LiveSite(SiteConfig config, SiteServer server, Listener listener) {
        this.config = config.toBuilder().liveReload(true).build();
        this.server = server;
        this.listener = listener;
        List<Path> trees = new ArrayList<>(List.of(config.sourceDirectory()));
        if (config.templateDirectory() != null) {
            trees.add(config.templateDirectory());
        }
        List<Path> ignored = new ArrayList<>(config.skippedFolders());
        ignored.add(config.outputDirectory());
        this.watcher = new SourceWatcher(trees, config.bibliography(), ignored);
        this.loop = new Thread(this::watch, "essaykit-watch");
        this.loop.setDaemon(true);
    }

    /**
     * Listens on {@code host:port} (0: any free port), builds once, then watches. A broken first
     * build still starts the session: its pages show the errors until they are fixed.
     *
     * @throws PortInUseException when the port is taken
     * @throws OutputFolderException when the output folder overlaps the sources, holds someone else's files, or cannot be written
     */
    public static LiveSite start(SiteConfig config, String host, int port, Listener listener) {
        OutputFolder.check(config.sourceDirectory(), config.outputDirectory(), config.skippedFolders());
        SiteServer server = SiteServer.start(host, port, ContentSecurityPolicy.of(config.allowedIframeHosts()));
        try {
            LiveSite site = new LiveSite(config, server, listener);
            site.build(Set.of(), true);
            site.loop.start();
            return site;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public URI address() {
        return server.address();
    }

    /** Blocks until {@link #close} is called (by a shutdown hook, say), or {@code limit} passes; zero waits forever. */
    public void awaitStop(Duration limit) throws InterruptedException {
        if (limit.isZero() || limit.isNegative()) {
            stopped.await();
        } else if (!stopped.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
        }
    }

    /** Pages listening for reloads now. */
    public int openPages() {
        return server.openPages();
    }

    @Override
    public void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        watcher.close();
        loop.interrupt();
        server.close();
        stopped.countDown();
    }

    private void watch() {
        Set<Path> changed;
        while ((changed = watcher.awaitChanges(DEBOUNCE)) != null) {
            try {
                build(changed, false);
            } catch (RuntimeException e) {
                listener.crashed(e);
            }
        }
    }

    private void build(Set<Path> changed, boolean first) {
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = SiteBuilder.compile(config, memory, served);
            if (result.ok()) {
                if (first) {
                    write(result.files());
                }
                served = result.files();
                server.publish(served);
                if (!first) {
                    write(served);
                }
            } else {
                server.fail(text(result));
            }
        } catch (OutputFolderException e) {
            throw e;
        } catch (RuntimeException e) {
            if (!first) {
                server.fail("The build failed: " + e.getMessage());
            }
            throw e;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        listener.built(result, changed, millis, memory.parses().takeCounts());
    }

    /** Writes the site, reading back only the files that are not what the last write put there. */
    private void write(SiteFiles site) {
        SiteFiles before = written;
        written = null; // a write that fails midway leaves files of neither site: the next one compares them all
        SiteWriter.write(config.sourceDirectory(), config.outputDirectory(), config.skippedFolders(), site, before);
        written = site;
    }

    private String text(BuildResult result) {
        StringBuilder text = new StringBuilder();
        String folder = String.valueOf(config.sourceDirectory().getFileName());
        for (Diagnostic d : result.diagnostics().all()) {
            text.append(folder).append('/').append(d).append('\n');
        }
        return text.append(result.diagnostics().summary()).toString();
    }
}
