package io.github.essaykit.template;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The static fixture site (src/test/resources/fixture) plus the built assets (target/classes),
 * served from a folder on 127.0.0.1 with a strict Content-Security-Policy.
 */
final class FixtureSite implements AutoCloseable {
    static final String CSP = "default-src 'self'";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml");

    private final Path dir;
    private final HttpServer server;

    private FixtureSite(Path dir, HttpServer server) {
        this.dir = dir;
        this.server = server;
    }

    /** Copies the fixture and the assets into {@code dir} and serves it. */
    static FixtureSite start(Path dir) throws IOException {
        copyTree(resource("/fixture"), dir);
        copyTree(resource("/essaykit/assets"), dir.resolve("assets"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> serve(dir, exchange));
        server.start();
        return new FixtureSite(dir, server);
    }

    String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
    }

    /** Adds a page to the served folder (e.g. a variant of a fixture page). */
    void write(String page, String html) throws IOException {
        Files.writeString(dir.resolve(page), html);
    }

    String read(String page) throws IOException {
        return Files.readString(dir.resolve(page));
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
            if (path.equals("/favicon.ico")) { // browsers ask for it; a real site may not have one
                exchange.sendResponseHeaders(204, -1);
                return;
            }
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

    static Path resource(String name) {
        try {
            return Paths.get(FixtureSite.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    static String text(String name) {
        try (InputStream in = Files.newInputStream(resource(name))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
