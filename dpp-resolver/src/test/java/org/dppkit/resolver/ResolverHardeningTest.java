package org.dppkit.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input and hostile clients: malformed paths, 100 kB targets, invalid percent escapes,
 * header floods, bodies, slow clients, overload and stopping. After each, the server still
 * answers a good request.
 */
class ResolverHardeningTest {

    @TempDir
    static Path dir;

    static Fixtures f;

    @BeforeAll
    static void start() {
        f = new Fixtures(dir, (b, port) -> b.port(port).threads(2).queue(2)
                .timeout(Duration.ofMillis(600)));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @AfterEach
    void stillServing() throws IOException {
        RawHttp r = RawHttp.get(f.server.port(), Fixtures.path(f.model));
        assertEquals(200, r.status, "the server keeps serving");
    }

    @Test
    void hugeTarget_is414() throws IOException {
        String target = Fixtures.path(f.model) + "?x=" + "a".repeat(100_000);
        RawHttp r = RawHttp.get(f.server.port(), target);
        assertEquals(414, r.status);
        assertEquals("application/problem+json", r.header("content-type"));
        assertTrue(r.body.length() < 1000, "the answer does not echo the target");
    }

    @Test
    void malformedPaths_are400() throws IOException {
        for (String target : List.of("/01/", "/01/ABC", "/01//09506000134352", "/01/09506000134352/21",
                "/01/09506000134352/10/" + "L".repeat(30), "/01/09506000134352/21/%00",
                "/01/09506000134352/21/%C3%28", "/%2F%2F/01/x")) {
            RawHttp r = RawHttp.get(f.server.port(), target);
            assertEquals(400, r.status, target + " " + r.body);
            assertTrue(r.body.contains("\"errorCode\""), target);
        }
    }

    @Test
    void invalidPercentEscapes_are400() throws IOException {
        for (String target : List.of("/01/09506000134352/21/%zz", "/01/09506000134352/21/A%2",
                "/01/09506000134352?linkType=%G1")) {
            assertEquals(400, RawHttp.get(f.server.port(), target).status, target);
        }
    }

    @Test
    void headerFloods_areRefused() throws IOException {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add("X-Flood-" + i + ": " + i);
        }
        assertEquals(431, RawHttp.get(f.server.port(), Fixtures.path(f.model),
                many.toArray(String[]::new)).status);
        assertEquals(431, RawHttp.get(f.server.port(), Fixtures.path(f.model),
                "X-Big: " + "b".repeat(20_000)).status);
        // Past the JDK server's own limit (200 lines) it closes or refuses before the resolver.
        List<String> flood = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            flood.add("X-Flood-" + i + ": " + "v".repeat(20));
        }
        int status = RawHttp.get(f.server.port(), Fixtures.path(f.model),
                flood.toArray(String[]::new)).status;
        assertTrue(status == -1 || status == 400 || status == 431, "status " + status);
    }

    @Test
    void bodies_are413_otherMethods405() throws IOException {
        RawHttp r = RawHttp.send(f.server.port(), "GET " + Fixtures.path(f.model) + " HTTP/1.1\r\n"
                + "Host: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
        assertEquals(413, r.status);
        RawHttp put = RawHttp.send(f.server.port(), "PUT " + Fixtures.path(f.model) + " HTTP/1.1\r\n"
                + "Host: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertEquals(405, put.status);
    }

    @Test
    void garbageRequestLine_isRefused() throws IOException {
        int status = RawHttp.send(f.server.port(), "\u0001\u0002 nonsense\r\n\r\n").status;
        assertTrue(status == -1 || status == 400, "status " + status);
    }

    @Test
    void slowClients_areCutOff_andOthersStillServed() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {   // more than the 2 worker threads
                Socket s = new Socket(InetAddress.getLoopbackAddress(), f.server.port());
                s.getOutputStream().write("GET /01/0950".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            long start = System.nanoTime();
            for (Socket s : slow) {
                s.setSoTimeout(10_000);
                InputStream in = s.getInputStream();
                int b = in.read();
                while (b >= 0) {
                    b = in.read();   // a 503 answer or nothing; then the close
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 8_000, "slow clients closed after " + ms + " ms");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void overload_isAnswered503() throws Exception {
        // Two slow clients hold both threads, two more fill the queue; the next gets 503.
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), f.server.port());
                s.getOutputStream().write("GET /01/".getBytes(StandardCharsets.US_ASCII));
                slow.add(s);
                Thread.sleep(30);
            }
            RawHttp r = RawHttp.get(f.server.port(), Fixtures.path(f.model));
            assertEquals(503, r.status);
            assertEquals("1", r.header("retry-after"));
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
        Thread.sleep(1500);   // the watchdog frees the threads
    }

    @Test
    void stop_refusesNewConnections() throws Exception {
        Path other = dir.resolve("other");
        Fixtures g = new Fixtures(other);
        int port = g.server.port();
        assertEquals(200, RawHttp.get(port, Fixtures.path(g.model)).status);
        g.server.stop(Duration.ofSeconds(1));
        g.server.stop(Duration.ofSeconds(1));   // again: nothing happens
        assertThrows(ConnectException.class, () -> {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                    OutputStream out = s.getOutputStream()) {
                out.write("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        });
        g.close();
    }
}
