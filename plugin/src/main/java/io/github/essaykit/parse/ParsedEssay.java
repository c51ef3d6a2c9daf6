package io.github.essaykit.parse;

import io.github.essaykit.discover.SourceFile;
import org.commonmark.node.Node;

/**
 * One essay after parsing: its typed front matter and its Markdown tree, whose nodes carry
 * source spans. Later stages read the tree and never change it.
 */
public record ParsedEssay(SourceFile file, FrontMatter meta, Node document) {

    public String slug() {
        return file.slug();
    }
}
