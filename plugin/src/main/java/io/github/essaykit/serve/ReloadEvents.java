package io.github.essaykit.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open pages' server-sent event streams. A plain message means "reload"; an event named
 * {@code error} carries the build's diagnostics, one per line. A page that cannot be written to
 * any more has gone away and is dropped.
 */
final class ReloadEvents {

    private final Set<HttpExchange> clients = ConcurrentHashMap.newKeySet();

    /** Starts the stream of one page; a page opened while the build is broken sees the errors at once. */
    synchronized void open(HttpExchange exchange, String failure) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
        if (failure != null) {
            out.write(frame("error", failure));
        }
        out.flush();
        clients.add(exchange);
    }

    synchronized void reload() {
        send(frame(null, "reload"));
    }

    synchronized void error(String diagnostics) {
        send(frame("error", diagnostics));
    }

    /** A comment line: keeps proxies from closing the stream and finds pages that left. */
    synchronized void ping() {
        send(": ping\n\n".getBytes(StandardCharsets.UTF_8));
    }

    int size() {
        return clients.size();
    }

    synchronized void close() {
        clients.forEach(HttpExchange::close);
        clients.clear();
    }

    private void send(byte[] frame) {
        for (HttpExchange client : clients) {
            try {
                OutputStream out = client.getResponseBody();
                out.write(frame);
                out.flush();
            } catch (IOException e) {
                clients.remove(client);
                client.close();
            }
        }
    }

    static byte[] frame(String event, String data) {
        StringBuilder frame = new StringBuilder();
        if (event != null) {
            frame.append("event: ").append(event).append('\n');
        }
        for (String line : data.split("\r?\n", -1)) {
            frame.append("data: ").append(line).append('\n');
        }
        return frame.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }
}
