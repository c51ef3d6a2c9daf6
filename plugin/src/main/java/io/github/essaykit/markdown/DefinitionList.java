package io.github.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * Pandoc's definition list: a one-line term, then one or more definitions starting with {@code :}
 * or {@code ~}. Children alternate {@link DefinitionTerm} and its {@link DefinitionDescription}s.
 */
public final class DefinitionList extends CustomBlock {}
