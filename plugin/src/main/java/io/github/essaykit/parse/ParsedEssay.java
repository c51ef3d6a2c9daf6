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

    /**
     * The file and front matter without the tree (null), for the site-wide steps that read only
     * these (sources, index, page names): a build keeps one of these per essay, not every tree.
     */
    public ParsedEssay withoutDocument() {
        return new ParsedEssay(file, meta, null);
    }
}
