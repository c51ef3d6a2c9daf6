package io.github.essaykit.links;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on the loopback address for tests: the only server any essaykit test talks to.
 * Handlers by path; every request is recorded ("HEAD /a") so that a test can count them.
 */
public final class LocalServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();

    public LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            HttpHandler handler = handlers.get(exchange.getRequestURI().getPath());
            try (exchange) {
                if (handler == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    handler.handle(exchange);
                }
            } catch (IOException e) {
                // the client gave up (a timeout test): nothing to answer
            }
        });
        server.setExecutor(threads); // a slow handler must not hold up the others
        server.start();
    }

    /** The address of a path on this server, e.g. {@code http://127.0.0.1:41234/a}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LocalServer on(String path, HttpHandler handler) {
        handlers.put(path, handler);
        return this;
    }

    /** Answers every method with this status and no body. */
    public LocalServer status(String path, int status) {
        return on(path, exchange -> exchange.sendResponseHeaders(status, -1));
    }

    public LocalServer redirect(String path, int status, String location) {
        return on(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(status, -1);
        });
    }

    /** Answers GET with this body and type; HEAD with the headers only. */
    public LocalServer text(String path, String contentType, String body) {
        return on(path, exchange -> send(exchange, 200, contentType, body));
    }

    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            exchange.getResponseBody().write(bytes);
        }
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
