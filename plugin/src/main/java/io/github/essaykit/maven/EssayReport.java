package io.github.essaykit.maven;

import java.io.File;
import java.nio.file.Files;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The essays as a report of {@code mvn site}: declared under {@code <reporting>}, it builds the
 * essay site into {@code essays/} of the Maven site and is listed under Project Reports. It is
 * an external report: the essays keep their own pages and stylesheet, Doxia renders nothing.
 * Run alone ({@code essay:report}) it builds like {@code essay:build}.
 */
@Mojo(name = "report", threadSafe = true)
public class EssayReport extends EssayParameters implements MavenReport {

    static final String FOLDER = "essays";

    private File reportOutputDirectory;

    @Override
    public void execute() throws MojoFailureException {
        buildSite("report");
    }

    /** Called by maven-site-plugin: the sink is unused, the essay site is written as files. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        try {
            execute();
        } catch (MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    public String getOutputName() {
        return FOLDER + "/index";
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

    @Override
    public boolean canGenerateReport() {
        return !skip && Files.isDirectory(sourceDirectory.toPath());
    }
}
