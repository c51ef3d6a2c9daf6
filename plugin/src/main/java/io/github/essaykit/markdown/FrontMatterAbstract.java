package io.github.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * The front matter's {@code abstract}, parsed as the essay's own Markdown and kept as the first
 * block of the essay's tree, so that its citations, notes and math are resolved, numbered and
 * listed like the body's, in reading order (pandoc resolves citations in metadata too). The page
 * shows it under the title, not in the body.
 */
public final class FrontMatterAbstract extends CustomBlock {}
