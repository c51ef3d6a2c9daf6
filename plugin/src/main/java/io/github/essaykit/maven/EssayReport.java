package io.github.essaykit.maven;

import java.io.File;
import java.nio.file.Files;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.codehaus.plexus.component.configurator.ComponentConfigurator;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The essays as a report of {@code mvn site}: declared under {@code <reporting>}, it builds the
 * essay site into {@code essays/} of the Maven site and is listed under Project Reports. It is
 * an external report: the essays keep their own pages and stylesheet, Doxia renders nothing.
 * Parameters that {@code <reporting>} leaves unset come from the plugin's {@code <build>}
 * configuration, so both write the same site. Run alone ({@code essay:report}) it builds like
 * {@code essay:build}.
 */
@Mojo(name = "report", threadSafe = true)
public class EssayReport extends EssayParameters implements MavenReport {

    static final String FOLDER = "essays";

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution mojoExecution;

    @Inject
    @Named("basic")
    ComponentConfigurator configurator;

    private File reportOutputDirectory;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        inheritBuildConfiguration();
        buildSite("report");
    }

    /** Called by maven-site-plugin: the sink is unused, the essay site is written as files. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        try {
            execute();
        } catch (MojoFailureException | MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /** Sets the parameters {@code <reporting>} leaves unset from the plugin's {@code <build>} configuration. */
    void inheritBuildConfiguration() throws MojoExecutionException {
        if (project == null || mojoExecution == null || configurator == null) {
            return;
        }
        BuildConfiguration config = BuildConfiguration.of(project);
        for (String name : config.conflicts()) {
            getLog().warn("<reporting> sets " + name + " to '" + text(config.reporting(name)) + "' and <build> to '"
                    + text(config.build(name)) + "': mvn site uses '" + text(config.reporting(name))
                    + "' and replaces the site essay:build wrote; set it in one place (docs/maven.md)");
        }
        Xpp3Dom inherited = config.inherited(mojoExecution.getMojoDescriptor().getParameterMap().keySet());
        if (inherited.getChildCount() == 0) {
            return;
        }
        try {
            configurator.configureComponent(this, new XmlPlexusConfiguration(inherited),
                    new PluginParameterExpressionEvaluator(session, mojoExecution),
                    mojoExecution.getMojoDescriptor().getPluginDescriptor().getClassRealm());
        } catch (ComponentConfigurationException e) {
            throw new MojoExecutionException("Cannot apply the <build> configuration of the essay plugin to the "
                    + "report: " + e.getMessage(), e);
        }
    }

    private static String text(Xpp3Dom dom) {
        return dom.getChildCount() == 0 ? String.valueOf(dom.getValue()).strip() : dom.toUnescapedString();
    }

    /** Where the essays go inside the site; the site plugin's menu links here. */
    @Override
    public String getOutputPath() {
        return FOLDER + "/index";
    }

    /** Only older site plugins ask this; {@link #getOutputPath} is the current form. */
    @Override
    @Deprecated
    public String getOutputName() {
        return getOutputPath();
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Essays";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The project's essays, with their notes, citations and sources.";
    }

    /** The site plugin says where the site goes; the essays go to its {@code essays/} folder. */
    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
        outputDirectory = new File(directory, FOLDER);
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null ? reportOutputDirectory : output().getParentFile();
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    /**
     * The first call every site plugin makes after configuring the report: the place to stop a
     * site plugin too old to run it before it fails with a class-loading dump of its own.
     */
    @Override
    public boolean canGenerateReport() {
        SitePluginCheck.requireDoxia2();
        return !skip && Files.isDirectory(sourceDirectory.toPath());
    }
}
