package io.github.essaykit.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder served from 127.0.0.1 (any free port) with a strict
 * {@code Content-Security-Policy: default-src 'self'} and {@code Cache-Control: no-store}.
 */
public final class StaticSite implements AutoCloseable {
    public static final String CSP = "default-src 'self'";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "jpg", "image/jpeg");

    private final Path dir;
    private final HttpServer server;

    private StaticSite(Path dir, HttpServer server) {
        this.dir = dir;
        this.server = server;
    }

    /** Serves {@code dir} until {@link #close()}. */
    public static StaticSite serve(Path dir) throws IOException {
        return serve(dir, CSP);
    }

    /** Serves {@code dir} with the given Content-Security-Policy header, or none when {@code csp} is null. */
    public static StaticSite serve(Path dir, String csp) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> respond(dir, csp, exchange));
        server.start();
        return new StaticSite(dir, server);
    }

    /** The served folder. */
    public Path dir() {
        return dir;
    }

    public String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
    }

    /** Adds a page to the served folder (e.g. a variant of another page). */
    public void write(String page, String html) throws IOException {
        Files.writeString(dir.resolve(page), html);
    }

    public String read(String page) throws IOException {
        return Files.readString(dir.resolve(page));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void respond(Path dir, String csp, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = dir.resolve(path.substring(1)).normalize();
            if (csp != null) exchange.getResponseHeaders().set("Content-Security-Policy", csp);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (path.equals("/favicon.ico")) { // browsers ask for it; a real site may not have one
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

    /** Copies the folder {@code from} into {@code to} (created as needed). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
