package org.dppkit.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.testing.PassportFixtures;
import org.junit.jupiter.api.Test;

/** Builder options of {@link Resolver} and {@link ResolverServer}, and the failure path. */
class ResolverOptionsTest {

    private static final BatteryPassport MODEL = PassportFixtures.withSeed(7).model(BatteryCategory.LMT);

    /** A source holding one model passport. */
    private static class OneModel implements PassportSource {
        @Override
        public Optional<BatteryPassport> resolve(DigitalLink key) {
            return latest(PassportKeys.chain(key).get(PassportKeys.chain(key).size() - 1));
        }

        @Override
        public Optional<BatteryPassport> latest(DigitalLink key) {
            return key.equals(PassportKeys.key(MODEL.id())) ? Optional.of(MODEL) : Optional.empty();
        }

        @Override
        public Optional<BatteryPassport> version(DigitalLink key, int version) {
            return latest(key).filter(p -> p.version() == version);
        }
    }

    private static ResolverServer start(Resolver r, String mount) {
        return ResolverServer.builder(r).host(InetAddress.getLoopbackAddress()).port(0)
                .mountPath(mount).threads(2).queue(8).backlog(16).timeout(Duration.ofSeconds(5))
                .start();
    }

    @Test
    void fixedStemNameMaxAgeAndNoQr() throws IOException {
        Resolver r = Resolver.builder(new OneModel()).stem("https://DPP.example.com/").name("ACME resolver")
                .maxAge(Duration.ofMinutes(5)).qrCodes(false).maxTargetLength(300)
                .maxHeaderCount(20).maxHeaderBytes(2048).build();
        try (ResolverServer s = start(r, "/dpp/")) {
            String path = "/dpp" + Linkset.path(MODEL.id());
            RawHttp json = RawHttp.get(s.port(), path);
            assertEquals(200, json.status);
            assertEquals("https://dpp.example.com/dpp" + Linkset.path(MODEL.id()),
                    json.header(Resolver.PASSPORT_HEADER));
            assertEquals("public, max-age=300", json.header("cache-control"));
            RawHttp page = RawHttp.get(s.port(), path, "Accept: text/html");
            assertFalse(page.body.contains("<svg"), "no QR code");
            RawHttp wk = RawHttp.get(s.port(), "/dpp/.well-known/gs1resolver");
            assertTrue(wk.body.contains("\"name\":\"ACME resolver\""), wk.body);
            assertEquals(414, RawHttp.get(s.port(), path + "?x=" + "a".repeat(300)).status);
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                headers.add("X-H" + i + ": v");
            }
            assertEquals(431, RawHttp.get(s.port(), path, headers.toArray(String[]::new)).status);
            assertEquals(404, RawHttp.get(s.port(), "/dpp/").status);
            assertEquals(404, RawHttp.get(s.port(), "/dpp").status);
            assertTrue(s.uri().toString().endsWith("/dpp"), s.uri().toString());
            assertTrue(s.toString().startsWith("ResolverServer[http://127.0.0.1:"));
            assertTrue(r.toString().contains("https://dpp.example.com"));
        }
    }

    @Test
    void failure_is500WithARequestNumber_loggedByClassOnly() throws IOException {
        PassportSource broken = new OneModel() {
            @Override
            public Optional<BatteryPassport> resolve(DigitalLink key) {
                throw new IllegalStateException("secret value 4711 from the database");
            }
        };
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger("org.dppkit.resolver");
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(h);
        try (ResolverServer s = start(Resolver.builder(broken).build(), "/")) {
            RawHttp r = RawHttp.get(s.port(), Linkset.path(MODEL.id()));
            assertEquals(500, r.status);
            assertTrue(r.body.contains("request number 1"), r.body);
            assertFalse(r.body.contains("4711"));
            assertFalse(r.body.contains("at org."));
        } finally {
            logger.removeHandler(h);
        }
        assertEquals(1, records.size());
        String line = records.get(0).getMessage();
        assertTrue(line.startsWith("request 1 failed: java.lang.IllegalStateException at "), line);
        assertFalse(line.contains("4711"));
        assertEquals(null, records.get(0).getThrown());
    }

    @Test
    void launch_runsOverAnEmbeddedStore(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        try (org.dppkit.store.PassportStore store = org.dppkit.store.PassportStores.embedded(dir)) {
            store.put(MODEL);
        }
        java.nio.file.Path keys = dir.resolve("keys.conf");
        java.nio.file.Files.writeString(keys, "k = " + ApiKeyAccessPolicy.hash("key-1") + " ISSUER\n");
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        Runnable stop = ResolverServer.launch(new String[] {"--store", dir.toString(), "--port", "0",
                "--keys", keys.toString(), "--stem", "https://dpp.example.com", "--mount", "/r"},
                new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            String line = buf.toString(java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d+)/r ").matcher(line);
            assertTrue(m.find(), line);
            int port = Integer.parseInt(m.group(1));
            RawHttp r = RawHttp.get(port, "/r" + Linkset.path(MODEL.id()), "X-API-Key: key-1");
            assertEquals(200, r.status);
            assertTrue(r.body.contains("\"audience\":\"ISSUER\""));
        } finally {
            stop.run();
        }
        assertThrows(IllegalArgumentException.class, () -> ResolverServer.launch(new String[] {"--port", "1"},
                System.out));
        assertThrows(IllegalArgumentException.class, () -> ResolverServer.launch(new String[] {"--store"}, System.out));
        assertThrows(IllegalArgumentException.class, () -> ResolverServer.launch(
                new String[] {"--store", "x", "--port", "y"}, System.out));
    }

    @Test
    void builders_rejectBadValues() {
        Resolver.Builder b = Resolver.builder(new OneModel());
        assertThrows(IllegalArgumentException.class, () -> b.stem("ftp://x.example"));
        assertThrows(IllegalArgumentException.class, () -> b.stem("https://x.example/path"));
        assertThrows(IllegalArgumentException.class, () -> b.name(" "));
        assertThrows(IllegalArgumentException.class, () -> b.maxAge(Duration.ofDays(2)));
        assertThrows(IllegalArgumentException.class, () -> b.maxAge(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> b.maxTargetLength(10));
        assertThrows(IllegalArgumentException.class, () -> b.maxHeaderCount(1));
        assertThrows(IllegalArgumentException.class, () -> b.maxHeaderBytes(1));
        assertThrows(NullPointerException.class, () -> b.accessPolicy(null));
        assertThrows(NullPointerException.class, () -> Resolver.builder((org.dppkit.store.PassportStore) null));
        ResolverServer.Builder s = ResolverServer.builder(b.build());
        assertThrows(IllegalArgumentException.class, () -> s.port(70000));
        assertThrows(IllegalArgumentException.class, () -> s.threads(0));
        assertThrows(IllegalArgumentException.class, () -> s.queue(0));
        assertThrows(IllegalArgumentException.class, () -> s.backlog(0));
        assertThrows(IllegalArgumentException.class, () -> s.timeout(Duration.ofMillis(1)));
        assertThrows(IllegalArgumentException.class, () -> s.mountPath("dpp"));
        assertThrows(IllegalArgumentException.class, () -> s.mountPath("/a//b"));
        assertThrows(NullPointerException.class, () -> s.https(null));
        Resolver r = b.accessPolicy(AccessPolicy.publicOnly()).build();
        assertEquals(List.of(), r.links());
        assertTrue(r.accessPolicy().decide(AccessRequest.of("GET", java.util.Map.of(), null))
                .audience().isPresent());
        try (ResolverServer started = ResolverServer.start(r, 0)) {
            assertThrows(IllegalArgumentException.class, () -> started.stop(Duration.ofDays(1)));
        }
    }
}
