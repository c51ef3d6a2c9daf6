package io.github.essaykit.site;

import io.github.essaykit.parse.ParseCache;
import io.github.essaykit.polish.LinkCheck;

/**
 * What one build may keep for the next (essay:serve): parse results of unchanged essays and the
 * link-check scans of unchanged pages. Both only skip work; the output is the same without them.
 */
public record BuildMemory(ParseCache parses, LinkCheck.Memo links) {

    public static final BuildMemory NONE = new BuildMemory(ParseCache.NONE, LinkCheck.Memo.NONE);

    public static BuildMemory create() {
        return new BuildMemory(ParseCache.create(), LinkCheck.Memo.create());
    }
}
