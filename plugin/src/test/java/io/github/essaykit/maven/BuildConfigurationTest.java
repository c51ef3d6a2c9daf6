package io.github.essaykit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.Reporting;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

/** What the mvn site report takes from the plugin's build configuration. */
class BuildConfigurationTest {

    private static final Set<String> PARAMETERS = Set.of("style", "locale", "numberSections", "outputDirectory",
            "skip", "siteTitle");

    private static Xpp3Dom config(String... nameValues) {
        Xpp3Dom dom = new Xpp3Dom("configuration");
        for (int i = 0; i < nameValues.length; i += 2) {
            Xpp3Dom child = new Xpp3Dom(nameValues[i]);
            child.setValue(nameValues[i + 1]);
            dom.addChild(child);
        }
        return dom;
    }

    private static MavenProject project(Xpp3Dom build, Xpp3Dom execution, Xpp3Dom reporting) {
        Model model = new Model();
        Plugin plugin = new Plugin();
        plugin.setGroupId("io.github.essaykit");
        plugin.setArtifactId("essay-maven-plugin");
        plugin.setConfiguration(build);
        PluginExecution run = new PluginExecution();
        run.setGoals(List.of("build"));
        run.setConfiguration(execution);
        plugin.addExecution(run);
        model.setBuild(new Build());
        model.getBuild().addPlugin(plugin);
        ReportPlugin report = new ReportPlugin();
        report.setGroupId("io.github.essaykit");
        report.setArtifactId("essay-maven-plugin");
        report.setConfiguration(reporting);
        model.setReporting(new Reporting());
        model.getReporting().addPlugin(report);
        return new MavenProject(model);
    }

    private static List<String> names(Xpp3Dom dom) {
        return Arrays.stream(dom.getChildren()).map(c -> c.getName() + "=" + c.getValue()).toList();
    }

    @Test
    void theReportTakesWhatReportingLeavesUnsetExceptWhereItWritesAndWhetherItRuns() {
        MavenProject project = project(
                config("style", "chicago-notes-bibliography", "locale", "de-DE", "outputDirectory", "out", "skip", "true",
                        "unknown", "x"),
                config("numberSections", "true"),
                config("locale", "fr-FR"));
        BuildConfiguration config = BuildConfiguration.of(project);
        assertThat(names(config.inherited(PARAMETERS)))
                .containsExactly("style=chicago-notes-bibliography", "numberSections=true");
        assertThat(config.conflicts()).containsExactly("locale");
    }

    @Test
    void nothingToTakeWithoutTheBuildPlugin() {
        Model model = new Model();
        model.setBuild(new Build());
        assertThat(BuildConfiguration.of(new MavenProject(model)).inherited(PARAMETERS).getChildCount()).isZero();
    }
}
