package io.github.essaykit.markdown;

import org.commonmark.node.CustomNode;

/** pandoc's superscript, {@code 2^10^}: its children are the raised text ({@code <sup>}). */
public final class Superscript extends CustomNode {}
