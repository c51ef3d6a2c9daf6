package io.github.essaykit.site;

import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.write.SiteFiles;
import java.util.function.Supplier;

/**
 * A page's bytes kept in the cache by their digest, apart from what names them: an unchanged
 * page is compared with the output by its digest, and its bytes are read only if it must be
 * written (the output folder was cleaned, or the file edited by hand).
 */
final class StoredBytes {

    private StoredBytes() {}

    /**
     * The bytes of this digest and size, kept through this build's {@link ResultCache#keepOnlyUsed};
     * made again by {@code again} (the same bytes) if their entry is gone when they are needed.
     */
    static SiteFiles.Known known(ResultCache cache, String digest, int size, Supplier<SiteFiles.Known> again) {
        String key = key(digest);
        cache.keep(key);
        return new SiteFiles.Known(digest, size, () -> cache.get(key).orElseGet(() -> store(cache, again.get()).bytes().get()));
    }

    static SiteFiles.Known store(ResultCache cache, SiteFiles.Known bytes) {
        cache.put(key(bytes.sha256()), bytes.bytes().get());
        return bytes;
    }

    private static String key(String digest) {
        return Fingerprint.start("stored bytes").add(digest).hex();
    }
}
