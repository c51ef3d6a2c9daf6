package io.github.essaykit.maven;

import org.apache.maven.plugin.MojoExecutionException;
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
    public void execute() throws MojoFailureException, MojoExecutionException {
        buildSite("build");
    }
}
