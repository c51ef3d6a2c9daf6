package io.github.essaykit.maven;

import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.write.SiteWriter;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Builds the essay site: every essay of {@code sourceDirectory} with its notes, citations and
 * bibliography, an index, and a site-wide bibliography, into {@code outputDirectory}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class BuildMojo extends EssayParameters {

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping essay:build (essay.skip)");
            return;
        }
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = SiteBuilder.build(config());
        } catch (SiteWriter.ForeignOutputException e) {
            throw new MojoFailureException(e.getMessage());
        }
        report(result, (System.nanoTime() - start) / 1_000_000);
        getLog().info("Site written to " + output());
    }
}
