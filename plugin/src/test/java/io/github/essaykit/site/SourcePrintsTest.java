package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.parse.ParseCache;
import io.github.essaykit.polish.LinkCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page keys never change the map of source prints from within its own computeIfAbsent. A
 * ConcurrentHashMap fails on that now and then, when the two keys share a bin or the map grows
 * meanwhile ("Recursive update"): one one-edit build of 1,000 essays in about ten stopped so,
 * because the key of a list of downloads printed its sources inside the map's computeIfAbsent.
 */
class SourcePrintsTest {

    @TempDir
    Path dir;

    /** A map that fails at once on what ConcurrentHashMap fails on only sometimes. */
    static final class NotReentrant extends ConcurrentHashMap<String, String> {

        private final transient ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);
        final AtomicInteger computed = new AtomicInteger();

        @Override
        public String computeIfAbsent(String key, Function<? super String, ? extends String> make) {
            if (inside.get()) {
                throw new AssertionError("computeIfAbsent(" + key + ") inside a computeIfAbsent of the same map");
            }
            inside.set(true);
            try {
                computed.incrementAndGet();
                return super.computeIfAbsent(key, make);
            } finally {
                inside.set(false);
            }
        }
    }

    @Test
    void noPrintIsMadeInsideAnother() {
        List<NotReentrant> maps = new CopyOnWriteArrayList<>();
        BuildMemory memory = new BuildMemory(ParseCache.create(), SourcingMemo.create(() -> {
            NotReentrant map = new NotReentrant();
            maps.add(map);
            return map;
        }), LinkCheck.Memo.create(), ResultCache.inMemory(), ResultCache.NONE, FactsMemo.create(), SitePages.create(),
                PageKeyMemo.create(), TemplateMemo.create());
        // the demo: essays listing sources (their downloads' keys), source pages, the site bibliography
        BuildResult result = SiteBuilder.compile(SiteConfig.defaults(Path.of("../content/src/essays"), dir.resolve("out")), memory);
        assertThat(result.ok()).as(result.diagnostics().toString()).isTrue();
        assertThat(maps).hasSize(1);
        assertThat(maps.get(0).computed.get()).as("sources printed").isGreaterThan(20);
        assertThat(maps.get(0).keySet()).as("a list of downloads' key").anyMatch(key -> key.startsWith("\u0000"));
    }
}
