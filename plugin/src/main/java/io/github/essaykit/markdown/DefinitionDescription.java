package io.github.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * One definition of a term, holding blocks. Tight when it follows its term without a blank line:
 * pandoc then writes its text without a paragraph.
 */
public final class DefinitionDescription extends CustomBlock {

    private final boolean tight;

    public DefinitionDescription(boolean tight) {
        this.tight = tight;
    }

    public boolean isTight() {
        return tight;
    }
}
