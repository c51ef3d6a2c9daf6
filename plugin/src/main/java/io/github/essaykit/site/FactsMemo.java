package io.github.essaykit.site;

import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.quotes.SourceTexts;
import io.github.essaykit.resolve.Sourcing;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each essay's {@link EssayFacts} kept between the builds of one essay:serve session, so an edit
 * checks one essay again, not every essay's citations, labels and quotations. Facts are reused
 * while what {@link EssayFacts#of} reads is the same: the essay's bytes (their digest), the
 * settings, its style and the library (the very values: a changed bibliography or style file is
 * loaded into new ones), the site's bibliography files, whether they all loaded, the essay's own
 * bibliography files, and the text of each source it cites. {@link #NONE} keeps nothing.
 */
public final class FactsMemo {

    static final FactsMemo NONE = new FactsMemo(false);

    /** What the facts were made from; the style and library compared as the same objects. */
    private record Inputs(String digest, SiteConfig config, Object style, Object library, Collection<String> siteFiles,
            boolean complete, List<String> ownFiles) {

        boolean same(Inputs other) {
            return digest.equals(other.digest) && (config == other.config || config.equals(other.config)) && style == other.style && library == other.library
                    && siteFiles.equals(other.siteFiles) && complete == other.complete && ownFiles.equals(other.ownFiles);
        }
    }

    /** @param texts the digest of each cited source's text ("" when it has none) */
    private record Kept(Inputs inputs, Map<String, String> texts, EssayFacts facts) {}

    private final boolean keep;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private FactsMemo(boolean keep) {
        this.keep = keep;
    }

    static FactsMemo create() {
        return new FactsMemo(true);
    }

    /** {@link EssayFacts#of}, or the facts kept from an earlier build of the same inputs. Thread-safe. */
    EssayFacts of(ParsedEssay essay, String digest, SiteConfig config, Sourcing sourcing, List<String> ownFiles,
            SourceTexts texts) {
        if (!keep) {
            return EssayFacts.of(essay, digest, config, sourcing, ownFiles, texts);
        }
        Sourcing own = sourcing.forEssay(essay.slug());
        Inputs inputs = new Inputs(digest, config, own.style(), own.library(), sourcing.siteFiles(), sourcing.complete(),
                List.copyOf(ownFiles));
        String file = essay.file().relative();
        Kept known = kept.get(file);
        if (known != null && known.inputs().same(inputs) && textsSame(known.texts(), texts)) {
            return known.facts();
        }
        EssayFacts facts = EssayFacts.of(essay, digest, config, sourcing, ownFiles, texts);
        Map<String, String> cited = new LinkedHashMap<>();
        facts.check().keys().forEach(k -> cited.put(k, texts.digest(k)));
        facts.check().cited().forEach(k -> cited.put(k, texts.digest(k)));
        kept.put(file, new Kept(inputs, Map.copyOf(cited), facts));
        return facts;
    }

    /** Forgets the essays not in {@code files} (relative names): deleted, renamed, or no longer published. */
    void retain(Collection<String> files) {
        kept.keySet().retainAll(files);
    }

    private static boolean textsSame(Map<String, String> then, SourceTexts now) {
        for (Map.Entry<String, String> text : then.entrySet()) {
            if (!now.digest(text.getKey()).equals(text.getValue())) {
                return false;
            }
        }
        return true;
    }
}
