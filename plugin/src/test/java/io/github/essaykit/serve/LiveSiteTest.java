package io.github.essaykit.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.essaykit.parse.ParseCache;
import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveSiteTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> log = new CopyOnWriteArrayList<>();

    private final LiveSite.Listener listener = new LiveSite.Listener() {
        @Override
        public void built(BuildResult result, Set<Path> changed, long millis, ParseCache.Counts parses) {
            log.add((result.ok() ? "ok" : "failed") + " parsed=" + parses.parsed() + " reused=" + parses.reused());
        }

        @Override
        public void crashed(RuntimeException e) {
            log.add("crashed " + e.getMessage());
        }
    };

    @Test
    void servesRebuildsAndReloadsOnAnEdit() throws Exception {
        Path essays = Files.createDirectories(dir.resolve("essays"));
        Files.writeString(essays.resolve("harbour.md"), essay("The Harbour", "Cranes at dawn."));
        Files.writeString(essays.resolve("market.md"), essay("Market Day", "Stalls at noon."));
        SiteConfig config = SiteConfig.defaults(essays, dir.resolve("out/essays"));

        assertTimeoutPreemptively(Duration.ofSeconds(40), () -> {
            try (LiveSite site = LiveSite.start(config, "127.0.0.1", 0, listener);
                    EventClient page = new EventClient(site.address())) {
                assertThat(get(site.address().resolve("harbour.html")).body())
                        .contains("Cranes at dawn.")
                        .contains("assets/essaykit-live.js");
                assertThat(get(site.address().resolve("assets/essaykit-live.js")).body()).contains("EventSource");
                assertThat(Files.readString(dir.resolve("out/essays/harbour.html"))).contains("Cranes at dawn.");

                Files.writeString(essays.resolve("harbour.md"), essay("The Harbour", "Cranes at dusk."));
                assertThat(page.next(5_000)).isEqualTo("message: reload");
                assertThat(get(site.address().resolve("harbour.html")).body()).contains("Cranes at dusk.");
                // the reload goes out before the site is written and the build reported
                while (log.size() < 2) {
                    Thread.sleep(20);
                }
                assertThat(log).containsExactly("ok parsed=2 reused=0", "ok parsed=1 reused=1");
                assertWrittenAsClean(essays, dir.resolve("out/essays"));

                // the output folder is written from what the last write left: each file as a clean build writes it
                Files.writeString(essays.resolve("harbour.md"), essay("The Harbour", "Cranes at night."));
                assertThat(page.next(5_000)).isEqualTo("message: reload");
                awaitBuilds(3);
                assertWrittenAsClean(essays, dir.resolve("out/essays"));
                Files.writeString(essays.resolve("quay.md"), essay("The Quay", "Ropes."));
                assertThat(page.next(5_000)).isEqualTo("message: reload");
                awaitBuilds(4);
                assertWrittenAsClean(essays, dir.resolve("out/essays"));
                Files.delete(essays.resolve("market.md"));
                assertThat(page.next(5_000)).isEqualTo("message: reload");
                awaitBuilds(5);
                assertWrittenAsClean(essays, dir.resolve("out/essays"));
                assertThat(dir.resolve("out/essays/market.html")).doesNotExist();
            }
        });
    }

    private void awaitBuilds(int count) throws InterruptedException {
        while (log.size() < count) {
            Thread.sleep(20);
        }
    }

    /** The output folder holds the bytes a clean build of the same sources (live reload on) writes. */
    private void assertWrittenAsClean(Path essays, Path out) throws IOException {
        Path clean = Files.createTempDirectory(dir, "clean").resolve("essays");
        SiteBuilder.build(SiteConfig.builder(essays, clean).liveReload(true).build());
        assertThat(files(out)).isEqualTo(files(clean));
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void aBrokenEditShowsTheErrorsAndKeepsTheLastGoodSite() throws Exception {
        Path essays = Files.createDirectories(dir.resolve("essays"));
        Files.writeString(essays.resolve("harbour.md"), essay("The Harbour", "Cranes at dawn."));
        SiteConfig config = SiteConfig.defaults(essays, dir.resolve("out/essays"));

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (LiveSite site = LiveSite.start(config, "127.0.0.1", 0, listener);
                    EventClient page = new EventClient(site.address())) {
                Files.writeString(essays.resolve("harbour.md"), "---\ndate: 2025-13-40\n---\nNo title.[^gone]\n");
                String event = page.next(5_000);
                assertThat(event).startsWith("error: essays/harbour.md:2:7: error: 'date' must be a date")
                        .contains("harbour.md:4:10: error: note [^gone] has no definition")
                        .endsWith("Found 2 errors and 0 warnings.");
                assertThat(get(site.address().resolve("harbour.html")).body()).contains("Cranes at dawn.");

                try (EventClient late = new EventClient(site.address())) {
                    assertThat(late.next(5_000)).startsWith("error: ").as("a page opened later sees the errors too");
                }

                Files.writeString(essays.resolve("harbour.md"), essay("The Harbour", "Fixed."));
                assertThat(page.next(5_000)).isEqualTo("message: reload");
                assertThat(get(site.address().resolve("harbour.html")).body()).contains("Fixed.");
            }
        });
    }

    @Test
    void aTakenPortIsNamed() throws Exception {
        Path essays = Files.createDirectories(dir.resolve("essays"));
        SiteConfig config = SiteConfig.defaults(essays, dir.resolve("out/essays"));
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> LiveSite.start(config, "127.0.0.1", taken.getLocalPort(), listener))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("port " + taken.getLocalPort());
        }
    }

    @Test
    void unknownPathsAre404AndTheRootIsTheIndex() throws Exception {
        Path essays = Files.createDirectories(dir.resolve("essays"));
        Files.writeString(essays.resolve("harbour.md"), essay("The Harbour", "Cranes."));
        try (LiveSite site = LiveSite.start(SiteConfig.defaults(essays, dir.resolve("out/essays")), "127.0.0.1", 0, listener)) {
            HttpResponse<String> root = get(site.address());
            assertThat(root.statusCode()).isEqualTo(200);
            assertThat(root.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(root.body()).contains("harbour.html");
            assertThat(get(site.address().resolve("../../etc/passwd")).statusCode()).isEqualTo(404);
            assertThat(get(site.address().resolve("nothing.html")).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void servesOnlyTheBuiltSiteAndNeverThroughALinkOutOfTheSources() throws Exception {
        Path essays = Files.createDirectories(dir.resolve("essays"));
        Files.writeString(essays.resolve("my essay.md"), essay("Mine", "Cranes."));
        Files.writeString(essays.resolve("pic.txt"), "a picture");
        Path secret = Files.writeString(dir.resolve("secrets.env"), "TOKEN=hunter2");
        Files.createSymbolicLink(essays.resolve("env.txt"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(essays.resolve("keys.txt"), secret);
        try (LiveSite site = LiveSite.start(SiteConfig.defaults(essays, dir.resolve("out/essays")), "127.0.0.1", 0, listener)) {
            assertThat(get(site.address().resolve("my%20essay.html")).body()).contains("Cranes.");
            assertThat(get(site.address().resolve("pic.txt")).body()).isEqualTo("a picture");
            assertThat(get(site.address().resolve("env.txt")).statusCode()).isEqualTo(404);
            assertThat(get(site.address().resolve("keys.txt")).statusCode()).isEqualTo(404);
            // a published file swapped for a link: served neither from the old build nor the next one
            Files.delete(essays.resolve("pic.txt"));
            Files.createSymbolicLink(essays.resolve("pic.txt"), secret);
            HttpResponse<String> swapped = get(site.address().resolve("pic.txt"));
            assertThat(swapped.statusCode()).isEqualTo(404);
            assertThat(swapped.body()).doesNotContain("hunter2");
        }
        assertThat(dir.resolve("out/essays/env.txt")).doesNotExist();
        assertThat(dir.resolve("out/essays/keys.txt")).doesNotExist();
    }

    @Test
    void refusesAnOutputFolderInsideTheSources() throws Exception {
        Path essays = Files.createDirectories(dir.resolve("essays"));
        Files.writeString(essays.resolve("harbour.md"), essay("The Harbour", "Cranes."));
        assertThatThrownBy(() -> LiveSite.start(SiteConfig.defaults(essays, essays.resolve("site")), "127.0.0.1", 0, listener))
                .isInstanceOf(io.github.essaykit.write.OutputFolderException.class)
                .hasMessageContaining("lies inside the source folder");
        assertThat(essays.resolve("site")).doesNotExist();
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String essay(String title, String text) {
        return "---\ntitle: " + title + "\ndate: 2025-05-01\n---\n" + text + "\n";
    }
}
