package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo essays ({@code content/src/essays}) copied to a temporary folder, built with the real
 * pipeline, and served from 127.0.0.1 with a strict Content-Security-Policy.
 */
final class DemoSite implements AutoCloseable {
    static final Path DEMO = Path.of("..", "content", "src", "essays");
    static final String CSP = "default-src 'self'";
    static final String ESSAY = "how-the-crisis-ended.html";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "jpg", "image/jpeg");

    final Path dir;
    final BuildResult result;
    private final HttpServer server;

    private DemoSite(Path dir, BuildResult result, HttpServer server) {
        this.dir = dir;
        this.result = result;
        this.server = server;
    }

    /** Builds the demo into {@code work/site} (the sources are copied to {@code work/src} first). */
    static Path build(Path work, BuildResult[] result) throws IOException {
        Path src = work.resolve("src");
        copyTree(DEMO, src);
        Path out = work.resolve("site");
        BuildResult r = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(r.diagnostics().errors()).as("demo build errors").isEmpty();
        assertThat(r.ok()).isTrue();
        if (result != null) result[0] = r;
        return out;
    }

    /** Builds the demo and serves it. */
    static DemoSite start(Path work) throws IOException {
        BuildResult[] r = new BuildResult[1];
        Path out = build(work, r);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> serve(out, exchange));
        server.start();
        return new DemoSite(out, r[0], server);
    }

    String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void serve(Path dir, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = dir.resolve(path.substring(1)).normalize();
            exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (path.equals("/favicon.ico")) { // browsers ask for it; the site has none
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            if (path.endsWith("/")) file = file.resolve("index.html");
            if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
