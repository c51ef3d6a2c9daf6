package io.github.essaykit.maven;

import io.github.essaykit.write.OutputFolderException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * What the core throws, as Maven should show it. Problems with the user's files or machine (an
 * unreadable folder, a full disk, an output folder that is not ours) fail the goal with their
 * message and no stack trace. Anything else is a bug in essaykit: one message that says so and
 * what to send, with the exception kept as the cause so that {@code mvn -e} prints the trace.
 */
final class CoreFailures {

    static final String ISSUES = "https://github.com/essaykit/essaykit/issues";

    private CoreFailures() {}

    /** Runs a core call, turning what it throws into a Maven failure. */
    static <T> T call(Supplier<T> core) throws MojoFailureException, MojoExecutionException {
        try {
            return core.get();
        } catch (RuntimeException e) {
            throw rethrow(e);
        } catch (StackOverflowError e) {
            throw bug(e);
        }
    }

    /** Throws a user problem as a {@link MojoFailureException}; returns anything else as a bug to throw. */
    static MojoExecutionException rethrow(RuntimeException e) throws MojoFailureException {
        if (e instanceof UncheckedIOException || e instanceof OutputFolderException) {
            throw new MojoFailureException(e.getMessage());
        }
        return bug(e);
    }

    static MojoExecutionException bug(Throwable e) {
        return new MojoExecutionException(bugMessage(e, "-e"), e);
    }

    /**
     * One paragraph: what happened, that it is our bug, and what a useful report holds;
     * {@code traceSwitch} is the Maven switch that shows the stack trace (-e, or -X for a log line).
     */
    static String bugMessage(Throwable e, String traceSwitch) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return "essaykit stopped on an internal error (" + what + "). This is a bug in essaykit, please report it at "
                + ISSUES + " with the command you ran, the plugin version, the output of 'mvn -v', the stack trace "
                + "that the same command prints with " + traceSwitch + ", and if you can the essay or bibliography it stopped on.";
    }
}
