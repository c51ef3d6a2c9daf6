package io.github.essaykit.site;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.CodeStamp;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.discover.ContentDigest;
import io.github.essaykit.discover.FileStamp;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.parse.EssayParser;
import io.github.essaykit.parse.ParseCache;
import io.github.essaykit.parse.ParsedEssay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads the essays in the build's two passes, through the cache of what earlier builds found
 * ({@link StoredFacts}): first each essay's front matter ({@link #head}), then, once the sources
 * are loaded, its parse problems and {@link EssayFacts} ({@link #read}). An essay whose bytes,
 * sources and settings are those of an earlier build is read from the cache, not parsed; a
 * missing or damaged entry only means the essay is parsed. A head is keyed by the code, the
 * encoding, the file and its bytes; facts also by everything {@link EssayFacts#of} reads
 * beyond the essay: the sources' files and styles ({@code sourcing}), the sources' texts and
 * the settings. Safe to use from the build's threads.
 */
final class EssayReading {

    /**
     * One essay file read: its parse problems, and its facts when it is published.
     *
     * @param parsed whether the essay was parsed in this build (not read from the cache): its page is then most likely made afresh
     */
    record Read(Diagnostics diagnostics, EssayFacts facts, boolean parsed) {}

    private final EssayParser parser;
    private final ParseCache parses;
    private final ResultCache cache;
    private final String code;
    /** Each file's digest as the first pass read it, so the second pass finds its entries without hashing again. */
    private final Map<Path, String> digests = new ConcurrentHashMap<>();
    /** Each essay's digest by its stamp, from the last run: an essay whose stamp is the same is not read. */
    private final EssayStamps stamps;
    /** The heads the first pass found stored, each taken by the second: an entry read once, not twice. */
    private final Map<Path, StoredFacts.Head> storedHeads = new ConcurrentHashMap<>();

    /**
     * @param parses parse results kept in memory (essay:serve), or {@link ParseCache#NONE}
     * @param cache where heads and facts are stored between runs, or {@link ResultCache#NONE}
     * @param stamps each essay's digest by its stamp, from the last run and for the next
     */
    EssayReading(EssayParser parser, ParseCache parses, ResultCache cache, EssayStamps stamps) {
        this.parser = parser;
        this.parses = parses;
        this.cache = cache;
        this.stamps = stamps;
        this.code = Fingerprint.start("essay reading").add(CodeStamp.current()).add(parser.encoding().name()).hex();
    }

    /**
     * The file and front matter of an essay (no tree), or null when it cannot be read or decoded:
     * from the cache, by the digest its stamp gives when the stamp is the last run's, else by the
     * digest of its bytes.
     */
    ParsedEssay head(SourceFile file) {
        if (!cache.keeps()) {
            return parses.frontMatter(parser, file);
        }
        long started = System.currentTimeMillis();
        FileStamp stamp = FileStamp.of(file.path()); // before the read, so that it stands for no later bytes
        String known = stamps.digest(file.path(), stamp);
        if (known != null) {
            digests.put(file.path(), known);
            Optional<StoredFacts.Head> stored = storedHead(file, known);
            if (stored.isPresent()) {
                return kept(file, stored.get());
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            return null;
        }
        String digest = ContentDigest.of(bytes);
        digests.put(file.path(), digest);
        stamps.read(file.path(), stamp, started, digest);
        Optional<StoredFacts.Head> stored = storedHead(file, digest);
        if (stored.isPresent()) {
            return kept(file, stored.get());
        }
        return parser.frontMatter(file, bytes);
    }

    private ParsedEssay kept(SourceFile file, StoredFacts.Head head) {
        storedHeads.put(file.path(), head);
        return head.essay();
    }

    /**
     * The essay read in full: from the cache when its bytes are those the first pass read and the
     * cache holds its head (and, when published, its facts for {@code sourcing}), else parsed.
     *
     * @param published whether the essay is published: only then has it facts
     * @param sourcing the fingerprint of everything beyond the essay its facts are made from
     * @param make the facts of the essay parsed
     */
    Read read(SourceFile file, boolean published, String sourcing, Function<ParseCache.Parsed, EssayFacts> make) {
        String digest = digests.get(file.path());
        StoredFacts.Head first = storedHeads.remove(file.path());
        StoredFacts.Head head = digest == null ? null : first != null ? first : storedHead(file, digest).orElse(null);
        if (head != null && (head.essay() == null || !published)) {
            return new Read(head.diagnostics(), null, false);
        }
        if (head != null) {
            Optional<EssayFacts> facts = stored(factsKey(file, digest, sourcing), b -> StoredFacts.readFacts(b, head.essay()));
            if (facts.isPresent()) {
                return new Read(head.diagnostics(), facts.get(), false);
            }
        }
        ParseCache.Parsed parsed = parses.read(parser, file);
        ParsedEssay essay = parsed.result().essay();
        EssayFacts made = essay == null || !published ? null : make.apply(parsed);
        if (parsed.digest() != null && cache.keeps()) {
            cache.put(headKey(file, parsed.digest()), StoredFacts.head(file, essay == null ? null : essay.withoutDocument(),
                    parsed.result().diagnostics()));
            if (made != null && StoredFacts.storable(made)) {
                cache.put(factsKey(file, parsed.digest(), sourcing), StoredFacts.facts(made));
            }
        }
        return new Read(parsed.result().diagnostics(), made, true);
    }

    /** Keeps each essay's digest by its stamp for the next run. */
    void saveStamps() {
        stamps.save();
    }

    /** The digest of the bytes this build read of {@code file} (its front matter and, through it, everything else), or null. */
    String digest(SourceFile file) {
        return digests.get(file.path());
    }

    /** The head the cache holds for {@code file} read as bytes of this digest. */
    private Optional<StoredFacts.Head> storedHead(SourceFile file, String digest) {
        return stored(headKey(file, digest), b -> StoredFacts.readHead(b, file));
    }

    private String headKey(SourceFile file, String digest) {
        return Fingerprint.start("essay head").add(code).add(file.relative()).add(file.path().toString()).add(digest).hex();
    }

    private String factsKey(SourceFile file, String digest, String sourcing) {
        return Fingerprint.start("essay facts").add(headKey(file, digest)).add(sourcing).hex();
    }

    private <T> Optional<T> stored(String key, Function<byte[], T> read) {
        try {
            return cache.get(key).map(read);
        } catch (Blob.Corrupt e) {
            return Optional.empty();
        }
    }
}
