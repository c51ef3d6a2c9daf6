package io.github.essaykit.maven;

import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the essays without writing anything: parses and resolves the whole site and reports
 * every problem with its file, line and column. Fails on errors, and on warnings with
 * {@code -Dessay.failOnWarning}. Runs without a pom.xml too.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends EssayParameters {

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) {
            getLog().info("Skipping essay:check (essay.skip)");
            return;
        }
        long start = System.nanoTime();
        SiteConfig config = config();
        BuildResult result = CoreFailures.call(() -> SiteBuilder.check(config));
        report(result, (System.nanoTime() - start) / 1_000_000);
        getLog().info("Checked; nothing written");
    }
}
