package io.github.essaykit.maven;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.ReportSet;
import org.apache.maven.model.Reporting;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The essay plugin's {@code <configuration>} as the project gives it under {@code <build>}
 * (plugin level, and executions of the {@code build} goal) and under {@code <reporting>}, so
 * that the {@code mvn site} report can take from the build what the report section leaves
 * unset: configuration written once serves both.
 */
final class BuildConfiguration {

    static final String PLUGIN = "io.github.essaykit:essay-maven-plugin";

    /** Where the report writes (the site's essays/ folder) and whether it runs are the report's own. */
    private static final Set<String> REPORT_ONLY = Set.of("outputDirectory", "skip");

    private final Map<String, Xpp3Dom> build;
    private final Map<String, Xpp3Dom> reporting;

    private BuildConfiguration(Map<String, Xpp3Dom> build, Map<String, Xpp3Dom> reporting) {
        this.build = build;
        this.reporting = reporting;
    }

    static BuildConfiguration of(MavenProject project) {
        Map<String, Xpp3Dom> build = new LinkedHashMap<>();
        Plugin plugin = project.getBuild() == null ? null : project.getBuild().getPluginsAsMap().get(PLUGIN);
        if (plugin != null) {
            addChildren(build, plugin.getConfiguration());
            for (PluginExecution execution : plugin.getExecutions()) {
                if (execution.getGoals().contains("build")) {
                    addChildren(build, execution.getConfiguration());
                }
            }
        }
        Map<String, Xpp3Dom> reporting = new LinkedHashMap<>();
        Reporting section = project.getModel().getReporting();
        ReportPlugin report = section == null ? null : section.getReportPluginsAsMap().get(PLUGIN);
        if (report != null) {
            addChildren(reporting, report.getConfiguration());
            for (ReportSet set : report.getReportSets()) {
                addChildren(reporting, set.getConfiguration());
            }
        }
        return new BuildConfiguration(build, reporting);
    }

    /** The build's parameters that the report should take: known to the report, not set in reporting. */
    Xpp3Dom inherited(Set<String> parameters) {
        Xpp3Dom dom = new Xpp3Dom("configuration");
        build.forEach((name, value) -> {
            if (parameters.contains(name) && !REPORT_ONLY.contains(name) && !reporting.containsKey(name)) {
                dom.addChild(new Xpp3Dom(value));
            }
        });
        return dom;
    }

    /** Parameters set in both sections to different values: the report's win, and replace the build's site. */
    List<String> conflicts() {
        Set<String> names = new LinkedHashSet<>(build.keySet());
        names.retainAll(reporting.keySet());
        names.removeAll(REPORT_ONLY);
        return names.stream().filter(n -> !Objects.equals(build.get(n), reporting.get(n))).sorted().toList();
    }

    Xpp3Dom reporting(String name) {
        return reporting.get(name);
    }

    Xpp3Dom build(String name) {
        return build.get(name);
    }

    private static void addChildren(Map<String, Xpp3Dom> into, Object configuration) {
        if (configuration instanceof Xpp3Dom dom) {
            for (Xpp3Dom child : dom.getChildren()) {
                into.put(child.getName(), child);
            }
        }
    }
}
