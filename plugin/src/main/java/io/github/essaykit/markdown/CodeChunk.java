package io.github.essaykit.markdown;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.CustomBlock;

/**
 * A Quarto / R Markdown code chunk, {@code ```{r}} or {@code ```{python echo=false}}: shown as
 * code in its language, never run. Its options come from the header ({@code {r label,
 * fig.cap="…"}}) and from {@code #| key: value} lines at its top, which are not part of {@link
 * #code()}.
 */
public final class CodeChunk extends CustomBlock {

    private final String language;
    private final String code;
    private final Map<String, String> options;

    public CodeChunk(String language, String code, Map<String, String> options) {
        this.language = language;
        this.code = code;
        this.options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** "r", "python" … as written. */
    public String language() {
        return language;
    }

    /** The code without its option lines, ending with a line feed like a fenced code block. */
    public String code() {
        return code;
    }

    /** Options by name; R Markdown's dotted names ({@code fig.cap}) as Quarto's ({@code fig-cap}). */
    public Map<String, String> options() {
        return options;
    }

    /**
     * Whether the page shows the code: not when {@code echo} is false (Quarto then shows only the
     * output, which essaykit does not make) or {@code include} is false (nothing at all). R's
     * {@code FALSE}/{@code F} and YAML's {@code no} count as false. {@code essayOptions} are the
     * options the essay gives every chunk (Quarto's {@code execute:}); the chunk's own win.
     */
    public boolean isShown(Map<String, String> essayOptions) {
        return !isFalse(option("echo", essayOptions)) && !isFalse(option("include", essayOptions));
    }

    private String option(String name, Map<String, String> essayOptions) {
        String own = options.get(name);
        return own != null ? own : essayOptions.getOrDefault(name, "");
    }

    private static boolean isFalse(String value) {
        return value.strip().matches("(?i)false|f|no|off");
    }

    /** The chunk's {@code label}, e.g. {@code fig-plot}. */
    public Optional<String> label() {
        return Optional.ofNullable(options.get("label")).filter(l -> !l.isEmpty());
    }

    @Override
    protected String toStringAttributes() {
        return "language=" + language + ", options=" + options;
    }
}
