package io.github.essaykit.markdown;

import org.commonmark.node.CustomNode;

/** pandoc's subscript, {@code H~2~O}: its children are the lowered text ({@code <sub>}). */
public final class Subscript extends CustomNode {}
