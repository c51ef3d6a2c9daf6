package io.github.essaykit.site;

import io.github.essaykit.parse.ParseCache;
import io.github.essaykit.polish.LinkCheck;

/**
 * What one build may keep for the next (essay:serve): parse results of unchanged essays, the
 * style and sources while their files are unchanged, and the link-check scans of unchanged
 * pages. They only skip work; the output is the same without them.
 */
public record BuildMemory(ParseCache parses, SourcingMemo sourcing, LinkCheck.Memo links) {

    public static final BuildMemory NONE = new BuildMemory(ParseCache.NONE, SourcingMemo.NONE, LinkCheck.Memo.NONE);

    public static BuildMemory create() {
        return new BuildMemory(ParseCache.create(), SourcingMemo.create(), LinkCheck.Memo.create());
    }
}
