package io.github.essaykit.template;

import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import io.github.essaykit.diagnostic.Diagnostic;

/**
 * A mistake in a template (an unknown variable, an unclosed section, a missing partial, a file
 * that is not UTF-8) as one diagnostic at the template's file, line and, where the tag can be
 * found on that line, column. The build reports it like any other input error, without a stack
 * trace.
 */
public final class TemplateError extends RuntimeException {

    private final transient Diagnostic diagnostic;

    TemplateError(Diagnostic diagnostic) {
        super(diagnostic.toString(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /**
     * Our message and Mustache's position: the deepest {@link MustacheException} in the chain
     * says what is wrong ("template variable 'x' is not defined"), the nearest context where.
     */
    static TemplateError of(MustacheException e, TemplateFiles files) {
        String message = null;
        TemplateContext where = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateError error) {
                return error;
            }
            if (t instanceof MustacheException m) {
                message = withoutContext(m);
                where = m.getContext() != null ? m.getContext() : where;
            }
        }
        message = explained(message);
        if (where == null) {
            return new TemplateError(Diagnostic.error("templates", 0, 0, message));
        }
        String file = where.file();
        return new TemplateError(Diagnostic.error(files.displayName(file), where.line(),
                column(files.text(file), where.line(), message), message));
    }

    private static final java.util.regex.Pattern UNCLOSED = java.util.regex.Pattern.compile("Failed to close '(.*)' tag");
    private static final java.util.regex.Pattern MISMATCHED = java.util.regex.Pattern.compile("Mismatched start/end tags: (.*) != (.*)");

    /** Mustache's words for the common mistakes, as what is wrong and what to do. */
    private static String explained(String message) {
        java.util.regex.Matcher m = UNCLOSED.matcher(message);
        if (m.matches()) {
            return "section '" + m.group(1) + "' is never closed; add {{/" + m.group(1) + "}}";
        }
        m = MISMATCHED.matcher(message);
        if (m.matches()) {
            return "'" + m.group(2) + "' closes the section '" + m.group(1) + "'; close it with {{/" + m.group(1) + "}}";
        }
        if (message.startsWith("Improperly closed")) {
            return "a tag is not closed; end it with }}";
        }
        if (message.startsWith("template variable")) {
            return message + "; use a name the page provides, or remove the tag";
        }
        if (message.contains("does not exist")) {
            return message + "; add the file or fix the name";
        }
        return message + "; fix the template";
    }

    private static String withoutContext(MustacheException m) {
        String text = m.getMessage();
        int at = m.getContext() == null ? -1 : text.lastIndexOf(" @" + m.getContext());
        text = at < 0 ? text : text.substring(0, at);
        return text.replaceAll(" \\[\\[?[^\\]]*:\\d+]]?$", "").replaceAll(" in \\S+:\\d+$", "");
    }

    /** The column of the first "{{" on the line whose tag names what the message quotes; 0 if unsure. */
    private static int column(String text, int line, String message) {
        if (text == null || line < 1) {
            return 0;
        }
        String[] lines = text.split("\n", -1);
        if (line > lines.length) {
            return 0;
        }
        String row = lines[line - 1];
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("'([^']+)'").matcher(message);
        if (!quoted.find()) {
            return 0;
        }
        String name = quoted.group(1);
        java.util.regex.Matcher tag = java.util.regex.Pattern
                .compile("\\{\\{\\{?[#^/>&<$]?\\s*" + java.util.regex.Pattern.quote(name) + "\\s*}?}}?").matcher(row);
        return tag.find() ? tag.start() + 1 : 0;
    }
}
