package io.github.essaykit.site;

import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.parse.ParseCache;
import java.nio.file.Path;
import io.github.essaykit.polish.LinkCheck;

/**
 * What one build may keep for the next: parse results of unchanged essays, the style and
 * sources while their files are unchanged, the link check of unchanged pages, the facts of
 * unchanged essays, the essays' page keys, the compiled templates (these six in memory, essay:serve), finished essay
 * and site-wide pages by the fingerprint of what they are made from (in memory, or in a folder
 * between essay:build runs), and each essay's front matter and facts and each bibliography
 * file's sources so that a new JVM need not parse them ({@code stored}: in the same folder,
 * essay:build; a session keeps its parse results, facts and sources in memory instead). They
 * only skip work; the output is the same without them.
 */
public record BuildMemory(ParseCache parses, SourcingMemo sourcing, LinkCheck.Memo links, ResultCache pages,
        ResultCache stored, FactsMemo facts, SitePages sitePages, PageKeyMemo pageKeys, TemplateMemo templates) {

    public static final BuildMemory NONE = new BuildMemory(ParseCache.NONE, SourcingMemo.NONE, LinkCheck.Memo.NONE,
            ResultCache.NONE, ResultCache.NONE, FactsMemo.NONE, SitePages.NONE, PageKeyMemo.NONE, TemplateMemo.NONE);

    /** Everything in memory, for the builds of one session (essay:serve). */
    public static BuildMemory create() {
        return new BuildMemory(ParseCache.create(), SourcingMemo.create(), LinkCheck.Memo.create(), ResultCache.inMemory(),
                ResultCache.NONE, FactsMemo.create(), SitePages.create(), PageKeyMemo.create(), TemplateMemo.create());
    }

    /**
     * This memory for one build: when it keeps no parse results, a build of its own that hands each
     * essay's tree from its check to its page ({@link ParseCache#oneBuild}), for essays of up to
     * a 128th of the heap's limit in all (their trees take about twice their bytes; with a 32nd, a
     * 10,000-essay build peaked at 985 MiB against 780, in the same time).
     */
    BuildMemory forOneBuild() {
        if (parses != ParseCache.NONE) {
            return this;
        }
        return new BuildMemory(ParseCache.oneBuild(Runtime.getRuntime().maxMemory() / 128), sourcing, links, pages, stored, facts,
                sitePages, pageKeys, templates);
    }

    /** Pages, site-wide pages, their link check and essays' facts kept in {@code folder} for the next run (essay:build); nothing else kept. */
    public static BuildMemory stored(Path folder) {
        ResultCache cache = ResultCache.inFolder(folder);
        return new BuildMemory(ParseCache.NONE, SourcingMemo.NONE, LinkCheck.Memo.stored(cache), cache, cache, FactsMemo.NONE,
                SitePages.stored(cache), PageKeyMemo.NONE, TemplateMemo.NONE);
    }
}
