package io.github.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * The caption of a {@code #fig-…}/{@code #tbl-…} {@link FencedDiv}: its last paragraph, as
 * Quarto reads it. Its children are the caption's inline content.
 */
public final class DivCaption extends CustomBlock {}
