package io.github.essaykit.maven;

import java.util.Comparator;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.jsoup.Jsoup;

/**
 * Lists the goals and every parameter with its property and default, from the plugin's own
 * descriptor. (The help goal maven-plugin-plugin generates shows parameters only with
 * {@code -Ddetail}; here they are what a user comes for.) {@code -Dgoal=serve} shows one goal.
 */
@Mojo(name = "help", threadSafe = true, requiresProject = false)
public class HelpMojo extends AbstractMojo {

    /** The plugin's descriptor, read at run time: the help cannot drift from the parameters. */
    @org.apache.maven.plugins.annotations.Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    /** Show only this goal, e.g. {@code -Dgoal=serve}. */
    @org.apache.maven.plugins.annotations.Parameter(property = "goal")
    String goal;

    @Override
    public void execute() throws MojoFailureException {
        StringBuilder out = new StringBuilder();
        out.append(plugin.getName()).append(' ').append(plugin.getVersion()).append('\n')
                .append(text(plugin.getDescription())).append('\n');
        boolean found = false;
        for (MojoDescriptor mojo : plugin.getMojos().stream().sorted(Comparator.comparing(MojoDescriptor::getGoal)).toList()) {
            if (goal == null || goal.isBlank() || goal.strip().equals(mojo.getGoal())) {
                found = true;
                describe(mojo, out);
            }
        }
        if (!found) {
            throw new MojoFailureException("No goal '" + goal + "' in this plugin; its goals are "
                    + String.join(", ", plugin.getMojos().stream().map(MojoDescriptor::getGoal).sorted().toList()));
        }
        getLog().info(out.toString().stripTrailing());
    }

    private void describe(MojoDescriptor mojo, StringBuilder out) {
        out.append('\n').append(plugin.getGoalPrefix()).append(':').append(mojo.getGoal()).append('\n');
        out.append("  ").append(text(mojo.getDescription())).append('\n');
        for (Parameter p : mojo.getParameters().stream().filter(Parameter::isEditable)
                .sorted(Comparator.comparing(Parameter::getName)).toList()) {
            out.append("  ").append(p.getName());
            String property = property(p.getExpression());
            if (property != null) {
                out.append(" (-D").append(property).append(')');
            }
            if (p.getDefaultValue() != null) {
                out.append(", default ").append(p.getDefaultValue());
            }
            out.append("\n      ").append(text(p.getDescription())).append('\n');
        }
    }

    /** "essay.style" from the expression "${essay.style}". */
    private static String property(String expression) {
        if (expression == null || !expression.startsWith("${") || !expression.endsWith("}")) {
            return null;
        }
        return expression.substring(2, expression.length() - 1);
    }

    /** Descriptions are javadoc turned into HTML: plain text for a terminal. */
    private static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
