package io.github.essaykit.maven;

import io.github.essaykit.diagnostic.Count;
import io.github.essaykit.fetch.SourceLookup;
import io.github.essaykit.site.SiteConfig;
import io.github.essaykit.site.SourceFetch;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Looks up, once, each source the essays cite by identifier ({@code [@doi:10.…]},
 * {@code [@isbn:…]}) that no bibliography holds, and adds it to the fetched-sources file
 * ({@code essay.fetchedSources}), which every build reads: only this goal goes online. Run it
 * after citing a new identifier, and commit the file.
 */
@Mojo(name = "fetch-sources", threadSafe = true, requiresProject = false)
public class FetchSourcesMojo extends EssayParameters {

    /** The book service an ISBN is looked up at: an address with {isbn}, answering as Open Library's api/books does. */
    @Parameter(property = "essay.isbnService", defaultValue = SourceLookup.OPEN_LIBRARY)
    String isbnService;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) {
            getLog().info("Skipping essay:fetch-sources (essay.skip)");
            return;
        }
        SiteConfig config = config();
        SourceLookup lookup = new SourceLookup(config.doiResolver(), isbnService, Duration.ofSeconds(linkTimeout));
        SourceFetch fetched = CoreFailures.call(() -> SourceFetch.run(config, lookup));
        logDiagnostics(fetched.diagnostics());
        fetched.added().forEach(key -> getLog().info("Fetched " + key));
        getLog().info(Count.of(fetched.added().size(), "source") + " added to " + fetched() + "; "
                + Count.of(fetched.known(), "source") + " cited by identifier already known");
        if (fetched.diagnostics().hasErrors()) {
            throw new MojoFailureException(fetched.diagnostics().summary() + " Each is listed above.");
        }
    }
}
