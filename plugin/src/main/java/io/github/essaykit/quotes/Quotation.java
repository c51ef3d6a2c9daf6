package io.github.essaykit.quotes;

import io.github.essaykit.markdown.Citation;
import io.github.essaykit.markdown.SourcePosition;
import org.commonmark.node.Node;

/**
 * A quotation of the essay and the citation that follows it: the words between the quotation
 * marks (or of the block quote), where the quotation starts, and the paragraph (or block quote)
 * it is in.
 */
public record Quotation(String text, SourcePosition at, Citation citation, Node block) {}
