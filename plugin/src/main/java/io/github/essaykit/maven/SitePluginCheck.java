package io.github.essaykit.maven;

import org.apache.maven.reporting.MavenReport;
import org.codehaus.plexus.classworlds.realm.ClassRealm;

/**
 * The report is built on maven-reporting-api 4 (Doxia 2), which maven-site-plugin 3.21.0 and
 * later provide. Older site plugins (3.3, bound by Maven 3.8; 3.12.1, bound by Maven 3.9) hand
 * the report their own reporting-api 3, whose {@code generate} takes a Doxia 1 sink: the report
 * would be skipped with a linkage warning, and the project-info reports of the same run fail with
 * a class-loader dump. This check turns that into one line that says what to pin.
 */
final class SitePluginCheck {

    static final String PIN = "3.21.0";

    private SitePluginCheck() {}

    static void requireDoxia2() {
        if (!hasReportingApi4()) {
            throw new IllegalStateException("The essay report needs maven-site-plugin " + PIN + " or newer, and this build"
                    + " runs maven-site-plugin " + sitePluginVersion() + " (Maven 3.8 and 3.9 pick 3.3 and 3.12.1 unless"
                    + " the pom pins one): add org.apache.maven.plugins:maven-site-plugin:" + PIN
                    + " to <build><pluginManagement><plugins>, as in the README's <reporting> example.");
        }
    }

    /** reporting-api 4.0.0 added {@code getOutputPath()}; reporting-api 3 has no such method. */
    static boolean hasReportingApi4() {
        try {
            MavenReport.class.getMethod("getOutputPath");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** "3.3" from the realm id "plugin>org.apache.maven.plugins:maven-site-plugin:3.3", else "older than 3.21.0". */
    static String sitePluginVersion() {
        if (MavenReport.class.getClassLoader() instanceof ClassRealm realm && realm.getId().contains("maven-site-plugin:")) {
            return realm.getId().substring(realm.getId().lastIndexOf(':') + 1);
        }
        return "older than " + PIN;
    }
}
