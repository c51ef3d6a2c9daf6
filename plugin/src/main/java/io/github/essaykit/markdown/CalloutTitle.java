package io.github.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * The title of a callout, the first child of its {@link FencedDiv}: from a {@code title="…"}
 * attribute or the heading the callout starts with (which then is not a section of the essay,
 * as in Quarto). Its children are the title's inline content.
 */
public final class CalloutTitle extends CustomBlock {}
