package io.github.essaykit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.safety.ContentSecurityPolicy;
import io.github.essaykit.write.SiteFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** essay:serve answers only to its own address (DNS rebinding) and sends the pages' CSP. */
class SiteServerSecurityTest {

    private SiteServer server;
    private int port;

    @BeforeEach
    void start() {
        server = SiteServer.start("127.0.0.1", 0, ContentSecurityPolicy.DEFAULT);
        server.publish(new SiteFiles().text("index.html", "<!DOCTYPE html><p>secret draft</p>"));
        port = server.address().getPort();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesItsOwnAddressWithTheContentSecurityPolicy() throws IOException {
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port}) {
            String response = get(host);
            assertThat(response).as(host).startsWith("HTTP/1.1 200").contains("secret draft");
            assertThat(response).containsIgnoringCase("Content-Security-Policy: " + ContentSecurityPolicy.DEFAULT + "\r\n");
        }
    }

    @Test
    void refusesANameReboundToItsAddress() throws IOException {
        for (String host : new String[] {"attacker.example:" + port, "attacker.example", "127.0.0.1.attacker.example:" + port,
            "localhost.attacker.example:" + port, "127.0.0.1:" + (port == 1 ? 2 : port - 1), "127.0.0.1:" + port + "@evil", ""}) {
            String response = get(host);
            assertThat(response).as("Host: " + host).startsWith("HTTP/1.1 421").doesNotContain("secret draft");
            assertThat(response).containsIgnoringCase("Content-Security-Policy: ");
        }
    }

    @Test
    void theCheckAcceptsAddressesAndTheConfiguredNameOnly() {
        HostCheck check = new HostCheck("essays.lan", 8080);
        assertThat(check.accepts("essays.lan:8080")).isTrue();
        assertThat(check.accepts("[::1]:8080")).isTrue();
        assertThat(check.accepts("192.168.1.5:8080")).isTrue();
        assertThat(check.accepts("essays.lan")).isFalse(); // port 80 is not ours
        assertThat(check.accepts("evil.example:8080")).isFalse();
        assertThat(check.accepts(null)).isFalse();
    }

    /** A raw HTTP/1.1 request: the JDK client will not send a Host header of our choosing. */
    private String get(String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /index.html HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
