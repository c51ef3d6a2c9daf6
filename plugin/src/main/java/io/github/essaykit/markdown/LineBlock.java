package io.github.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * Pandoc's line block: lines starting with {@code | }, whose line breaks and leading spaces are
 * kept (verse, addresses). Its children are inline content, lines separated by hard breaks.
 */
public final class LineBlock extends CustomBlock {}
