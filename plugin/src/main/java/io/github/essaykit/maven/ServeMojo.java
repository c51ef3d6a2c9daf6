package io.github.essaykit.maven;

import io.github.essaykit.diagnostic.Count;
import io.github.essaykit.parse.ParseCache;
import io.github.essaykit.serve.LiveSite;
import io.github.essaykit.serve.PortInUseException;
import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteConfig;
import io.github.essaykit.write.OutputFolderException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site, serves it on 127.0.0.1 and rebuilds it whenever an essay, a bibliography
 * or a template changes; open pages reload by themselves, or show the build's errors while the
 * last good site stays up. Runs until Ctrl-C. Runs without a pom.xml too.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = false)
public class ServeMojo extends EssayParameters {

    static final String HOST = "127.0.0.1";

    /** Port to serve on (on 127.0.0.1 only); 0 picks a free one. */
    @Parameter(property = "essay.port", defaultValue = "8000")
    int port;

    /** Stop after this many seconds; 0 serves until Ctrl-C. Meant for scripts and tests. */
    @Parameter(property = "essay.serveTimeout", defaultValue = "0")
    int serveTimeout;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) {
            getLog().info("Skipping essay:serve (essay.skip)");
            return;
        }
        SiteConfig config = config().toBuilder().linkCheck(null).build(); // not the network on every edit
        LiveSite site;
        try {
            site = LiveSite.start(config, HOST, port, new MavenListener());
        } catch (PortInUseException e) {
            throw new MojoFailureException("Cannot serve the essays: port " + e.port() + " on " + HOST
                    + " is already in use. Stop the program using it, or choose another port with -Dessay.port="
                    + (e.port() == 65535 ? 8001 : e.port() + 1) + " (0 picks a free one).");
        } catch (RuntimeException e) {
            throw CoreFailures.rethrow(e);
        }
        Thread hook = new Thread(site::close, "essaykit-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        getLog().info("Serving the essays at " + site.address() + " (Ctrl-C to stop); watching " + sourceDirectory);
        try {
            site.awaitStop(Duration.ofSeconds(serveTimeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            site.close();
            removeHook(hook);
        }
        getLog().info("Stopped serving the essays");
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook has run
        }
    }

    /** Each build as a few log lines; errors are shown, never thrown, so the server stays up. */
    private final class MavenListener implements LiveSite.Listener {

        @Override
        public void built(BuildResult result, Set<Path> changed, long millis, ParseCache.Counts parses) {
            logDiagnostics(result);
            String what = changed.isEmpty() ? "Built" : "Rebuilt after " + Count.of(changed.size(), "change");
            if (result.ok()) {
                getLog().info(what + ": " + result.stats() + " in " + millis + " ms (" + Count.of(parses.parsed(), "essay")
                        + " parsed, " + parses.reused() + " unchanged)");
            } else {
                getLog().error(what + " with errors: " + result.diagnostics().summary()
                        + " Still serving the last good site.");
            }
        }

        @Override
        public void crashed(RuntimeException e) {
            if (e instanceof UncheckedIOException || e instanceof OutputFolderException) { // the disk or the folders, not a bug
                getLog().error("The build failed: " + e.getMessage() + " Still serving the last good site.");
                return;
            }
            getLog().error(CoreFailures.bugMessage(e, "-X") + " Still serving the last good site.");
            getLog().debug(e);
        }
    }
}
