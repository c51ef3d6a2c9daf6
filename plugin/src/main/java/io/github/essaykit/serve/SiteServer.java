package io.github.essaykit.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.essaykit.render.Html;
import io.github.essaykit.write.SiteFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves the last good build from memory with the JDK's HTTP server, and the reload events at
 * {@value #EVENTS} from the same origin. Publishing a new build swaps one reference, so a page
 * never sees half of one build and half of another; a failed build keeps the old site served.
 * Every response carries the pages' Content-Security-Policy, and a request naming another host
 * than this server's own address gets 421 (a rebound DNS name cannot read the site).
 */
final class SiteServer implements AutoCloseable {

    static final String EVENTS = "/__essaykit/events";
    static final String LIVE_SCRIPT = "assets/essaykit-live.js";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"), Map.entry("ico", "image/x-icon"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml"), Map.entry("pdf", "application/pdf"), Map.entry("woff2", "font/woff2"));

    private final HttpServer http;
    private final String csp;
    private final HostCheck hosts;
    private final ExecutorService handlers;
    private final ScheduledExecutorService pings;
    private final ReloadEvents events = new ReloadEvents();
    private volatile SiteFiles site;
    private volatile String failure;

    private SiteServer(HttpServer http, String csp, HostCheck hosts) {
        this.http = http;
        this.csp = csp;
        this.hosts = hosts;
        this.handlers = Executors.newCachedThreadPool(daemon("essaykit-http"));
        this.pings = Executors.newSingleThreadScheduledExecutor(daemon("essaykit-ping"));
        http.setExecutor(handlers);
        http.createContext("/", this::handle);
    }

    /** @param csp the Content-Security-Policy header of every response */
    static SiteServer start(String host, int port, String csp) {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (BindException e) {
            throw new PortInUseException(host, port, e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        SiteServer server = new SiteServer(http, csp, new HostCheck(host, http.getAddress().getPort()));
        http.start();
        server.pings.scheduleWithFixedDelay(server.events::ping, 15, 15, TimeUnit.SECONDS);
        return server;
    }

    URI address() {
        InetSocketAddress at = http.getAddress();
        return URI.create("http://" + at.getHostString() + ":" + at.getPort() + "/");
    }

    /** Serves {@code files} from now on and tells every open page to reload. */
    void publish(SiteFiles files) {
        site = files;
        failure = null;
        events.reload();
    }

    /** Keeps the last good site and shows {@code diagnostics} over every open page. */
    void fail(String diagnostics) {
        failure = diagnostics;
        events.error(diagnostics);
    }

    int openPages() {
        return events.size();
    }

    @Override
    public void close() {
        pings.shutdownNow();
        events.close();
        http.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (!hosts.accepts(exchange.getRequestHeaders().getFirst("Host"))) {
            // a page of another site whose name was rebound to this address (DNS rebinding)
            respond(exchange, 421, "text/plain; charset=utf-8",
                    "This server answers only to its own address.\n".getBytes(StandardCharsets.UTF_8));
        } else if (!method.equals("GET") && !method.equals("HEAD")) {
            respond(exchange, 405, "text/plain; charset=utf-8", "GET only\n".getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(EVENTS)) {
            events.open(exchange, failure);
        } else {
            serveFile(exchange, path);
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        String name = path.replaceFirst("^/+", "");
        if (name.isEmpty() || name.endsWith("/")) {
            name += "index.html";
        }
        SiteFiles current = site;
        SiteFiles.Content content = current == null ? null : current.get(name);
        if (content == null && current != null && current.contains(name + "/index.html")) {
            exchange.getResponseHeaders().set("Location", path + "/");
            respond(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        byte[] body = content == null ? null : bytes(content);
        if (body != null) {
            respond(exchange, 200, type(name), body);
        } else if (name.equals(LIVE_SCRIPT)) {
            respond(exchange, 200, type(name), liveScript());
        } else if (current == null) {
            respond(exchange, 503, type("html"), placeholder(failure));
        } else {
            respond(exchange, 404, "text/plain; charset=utf-8", ("Not in the site: " + name + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] bytes(SiteFiles.Content content) {
        if (content instanceof SiteFiles.Bytes b) {
            return b.bytes();
        }
        try (InputStream in = ((SiteFiles.Copy) content).open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Content-Security-Policy", csp);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    static String type(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /** What a page shows while no build has succeeded yet: the errors, and the live script. */
    private static byte[] placeholder(String failure) {
        String text = failure == null ? "Building…" : failure;
        String escaped = Html.escape(text);
        return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>essaykit: build failed</title>\n"
                + "<script src=\"/" + LIVE_SCRIPT + "\" defer></script></head>\n<body><h1>The site does not build yet</h1>\n"
                + "<pre>" + escaped + "</pre>\n<p>Fix the files; this page reloads when the build succeeds.</p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] liveScript() throws IOException {
        try (InputStream in = SiteServer.class.getClassLoader().getResourceAsStream("essaykit/assets/essaykit-live.js")) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
