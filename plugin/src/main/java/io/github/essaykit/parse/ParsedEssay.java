package io.github.essaykit.parse;

import io.github.essaykit.discover.SourceFile;
import org.commonmark.node.Node;

/**
 * One essay after parsing: its typed front matter and its Markdown tree, whose nodes carry
 * source spans. Later stages read the tree and never change it. The site-wide steps keep an
 * essay without its tree ({@link #withoutDocument}, {@code document} null): a tree is held
 * only while its essay is checked or rendered, so a build never holds every essay's.
 */
public record ParsedEssay(SourceFile file, FrontMatter meta, Node document) {

    /** The essay's file and front matter only. */
    public ParsedEssay withoutDocument() {
        return new ParsedEssay(file, meta, null);
    }

    public String slug() {
        return file.slug();
    }
}
