package io.github.essaykit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user reads from the goals: each problem once, plain counts, no stack trace for their mistakes. */
class MojoOutputTest {

    @TempDir
    Path dir;

    /** Every line a goal logs, as "LEVEL text", and whether any came with a stack trace. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();
        boolean traced;

        @Override
        public void info(CharSequence content) {
            lines.add("INFO " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("WARN " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("ERROR " + content);
        }

        @Override
        public void error(CharSequence content, Throwable error) {
            error(content);
            traced = true;
        }

        @Override
        public void warn(CharSequence content, Throwable error) {
            warn(content);
            traced = true;
        }

        long count(String text) {
            return lines.stream().filter(l -> l.contains(text)).count();
        }
    }

    private BuildMojo mojo(Path src, RecordingLog log) {
        BuildMojo mojo = new BuildMojo();
        mojo.sourceDirectory = src.toFile();
        mojo.outputDirectory = dir.resolve("site").toFile();
        mojo.basedir = dir.toFile();
        mojo.style = "chicago-author-date";
        mojo.locale = "en-US";
        mojo.sidenotes = true;
        mojo.encoding = "UTF-8";
        mojo.setLog(log);
        return mojo;
    }

    private Path essays(String essay) throws IOException {
        Path src = Files.createDirectories(dir.resolve("essays"));
        Files.writeString(src.resolve("harbour.md"), essay);
        return src;
    }

    @Test
    void eachDiagnosticIsPrintedOnceAndTheFailureOnlyCountsThem() throws Exception {
        Path src = essays("---\ndate: 2020-13-01\n---\nText.[^a]\n\n[^a]: A note.\n\n[^unused]: Never referenced.\n");
        RecordingLog log = new RecordingLog();
        assertThatThrownBy(() -> mojo(src, log).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Found 1 error and 1 warning. Each is listed above.");
        assertThat(log.lines).filteredOn(l -> l.contains("harbour.md")).hasSize(2);
        assertThat(log.count("error: 'date' must be")).isEqualTo(1);
        assertThat(log.lines).filteredOn(l -> l.contains("warning:")).singleElement().asString().startsWith("WARN ");
        assertThat(log.traced).isFalse();
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void countsAreSingularForOne() throws Exception {
        Path src = essays("---\ntitle: Harbour\n---\nText.[^a]\n\n[^a]: A note.\n");
        RecordingLog log = new RecordingLog();
        mojo(src, log).execute();
        assertThat(log.lines).anySatisfy(l -> assertThat(l)
                .startsWith("INFO 1 essay, 0 citations, 1 note, 0 cross-references, 0 sources in "));
    }

    @Test
    void aProblemOutsideTheSourceFolderIsNotShownAsAFileInIt() throws Exception {
        Path src = essays("---\ntitle: Harbour\n---\nText.\n");
        RecordingLog log = new RecordingLog();
        BuildMojo unknownStyle = mojo(src, log);
        unknownStyle.style = "no-such-style";
        assertThatThrownBy(unknownStyle::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines).filteredOn(l -> l.startsWith("ERROR ")).singleElement().asString()
                .startsWith("ERROR essay plugin configuration: error: unknown citation style 'no-such-style'")
                .endsWith("set the style or locale parameter (-Dessay.style, -Dessay.locale)");

        Path templates = Files.createDirectories(dir.resolve("elsewhere/templates"));
        Files.writeString(templates.resolve("essay.mustache"), "<main>\n{{#title}}\n</main>\n");
        RecordingLog second = new RecordingLog();
        BuildMojo brokenTemplate = mojo(src, second);
        brokenTemplate.templateDirectory = templates.toFile();
        assertThatThrownBy(brokenTemplate::execute).isInstanceOf(MojoFailureException.class);
        String path = templates.resolve("essay.mustache").toAbsolutePath().toString().replace('\\', '/');
        assertThat(second.lines).filteredOn(l -> l.startsWith("ERROR ")).singleElement().asString()
                .startsWith("ERROR " + path + ":").contains("section 'title' is never closed");
        assertThat(log.traced || second.traced).isFalse();
    }

    @Test
    void anUnknownEncodingIsAUserErrorWithoutTrace() throws Exception {
        Path src = essays("---\ntitle: Harbour\n---\nText.\n");
        BuildMojo mojo = mojo(src, new RecordingLog());
        mojo.encoding = "UTF-9";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasNoCause()
                .hasMessageContaining("Unknown encoding 'UTF-9'").hasMessageContaining("UTF-8");
    }

    @Test
    void anInternalErrorAsksForABugReportAndKeepsTheTraceForDashE() {
        NullPointerException bug = new NullPointerException("label was null");
        assertThatThrownBy(() -> CoreFailures.call(() -> {
            throw bug;
        })).isInstanceOf(MojoExecutionException.class)
                .hasCause(bug)
                .hasMessageStartingWith("essaykit stopped on an internal error (NullPointerException: label was null). "
                        + "This is a bug in essaykit, please report it at " + CoreFailures.ISSUES)
                .hasMessageContaining("the stack trace that the same command prints with -e");
        assertThatThrownBy(() -> CoreFailures.call(() -> {
            throw new StackOverflowError();
        })).isInstanceOf(MojoExecutionException.class).hasMessageContaining("This is a bug in essaykit");
    }

    @Test
    void anIoProblemIsAUserErrorWithItsMessageAndNoTrace() {
        assertThatThrownBy(() -> CoreFailures.call(() -> {
            throw new UncheckedIOException("Cannot write the site to out: Permission denied", new IOException("x"));
        })).isInstanceOf(MojoFailureException.class).hasNoCause()
                .hasMessage("Cannot write the site to out: Permission denied");
    }
}
