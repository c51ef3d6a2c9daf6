package io.github.essaykit.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A page's side of the reload stream, for tests and the bench: each event as "name: data"
 * ("message" when unnamed). A raw socket, so closing never waits for the stream to end; lines
 * other than the event fields (chunk sizes, headers) are skipped.
 */
public final class EventClient implements AutoCloseable {

    private final Socket socket;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    public EventClient(URI site) throws IOException {
        socket = new Socket(site.getHost(), site.getPort());
        socket.getOutputStream().write(("GET " + SiteServer.EVENTS + " HTTP/1.1\r\nHost: " + site.getHost() + ":"
                + site.getPort() + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> read(in), "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(BufferedReader in) {
        String name = "message";
        StringBuilder data = new StringBuilder();
        try {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(name + ": " + data);
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(data.length() > 0 ? "\n" : "").append(line.substring(6));
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** The next event, or null when none comes within the wait. */
    public String next(long millis) throws InterruptedException {
        return events.poll(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
