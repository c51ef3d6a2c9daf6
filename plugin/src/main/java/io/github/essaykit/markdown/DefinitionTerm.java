package io.github.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/** A term of a {@link DefinitionList}; its children are inline content. */
public final class DefinitionTerm extends CustomBlock {}
