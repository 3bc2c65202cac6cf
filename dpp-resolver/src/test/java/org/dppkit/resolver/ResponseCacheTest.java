package org.dppkit.resolver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.Unit;
import org.dppkit.core.AccessGroup;
import org.dppkit.core.PassportLevel;
import org.dppkit.store.PassportStore;
import org.dppkit.store.PassportStores;
import org.dppkit.testing.PassportFixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered responses a resolver keeps: never stale after a revision (stored through the same
 * store or another store instance on the same database), never served across audiences, media
 * types or stems, bounded by bytes.
 */
class ResponseCacheTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PassportFixtures FIXTURES = PassportFixtures.withSeed(11);

    @TempDir
    Path dir;

    private PassportStore store;
    private Resolver resolver;
    private ResolverServer server;
    private ModelPassport model;
    private BatchPassport batch;

    @BeforeEach
    void start() {
        store = PassportStores.embedded(dir);
        model = FIXTURES.model(BatteryCategory.EV);
        batch = FIXTURES.batch(BatteryCategory.EV);
        store.put(model);
        store.put(batch);
        resolver = Resolver.builder(store).accessPolicy(ApiKeyAccessPolicy.parse(
                "issuer = " + ApiKeyAccessPolicy.hash(Fixtures.KEY_ISSUER) + " ISSUER\n"
                        + "msa = " + ApiKeyAccessPolicy.hash(Fixtures.KEY_AUTHORITIES) + " AUTHORITIES"))
                .build();
        server = ResolverServer.builder(resolver).host(InetAddress.getLoopbackAddress()).port(0)
                .threads(4).start();
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ZERO);
        store.close();
    }

    private ItemPassport item(String serial, String soh) {
        return ItemPassport.builder(batch, serial)
                .stateOfHealthStateOfCertifiedEnergy(Quantity.of(new BigDecimal(soh), Unit.PERCENT))
                .issuedAt(batch.issuedAt().plus(Duration.ofDays(30)))
                .build();
    }

    private static ItemPassport revise(ItemPassport p, String soh) {
        return p.revise(p.revisedAt().orElse(p.issuedAt()).plus(Duration.ofDays(1)))
                .stateOfHealthStateOfCertifiedEnergy(Quantity.of(new BigDecimal(soh), Unit.PERCENT))
                .build();
    }

    private RawHttp get(String path, String... headers) throws IOException {
        return RawHttp.get(server.port(), path, headers);
    }

    private static JsonNode json(RawHttp r) throws IOException {
        assertEquals(200, r.status, r.body);
        return JSON.readTree(r.body);
    }

    @Test
    void revisionInTheSameStore_isAnsweredAtOnce() throws IOException {
        ItemPassport v1 = item("SN-C1", "99.0");
        store.put(v1);
        String path = Linkset.path(v1.id());
        RawHttp first = get(path);
        assertEquals(1, json(first).get("version").asInt());
        RawHttp again = get(path);
        assertEquals(first.body, again.body);
        assertEquals(first.header("etag"), again.header("etag"));
        assertEquals(1, resolver.responseCache().size(), "the second answer came from memory");
        assertEquals(304, get(path, "If-None-Match: " + first.header("etag")).status);
        String issuer = "X-API-Key: " + Fixtures.KEY_ISSUER;
        RawHttp page1 = get(path, "Accept: text/html", issuer);
        assertTrue(page1.body.contains(">99.0<"), "version 1's state of health");

        ItemPassport v2 = revise(v1, "93.5");
        store.put(v2);
        RawHttp second = get(path);
        JsonNode doc = json(second);
        assertEquals(2, doc.get("version").asInt());
        assertTrue(get(path, issuer).body.contains("93.5"), "version 2's state of health");
        assertNotEquals(first.header("etag"), second.header("etag"));
        assertEquals(200, get(path, "If-None-Match: " + first.header("etag")).status);
        RawHttp page2 = get(path, "Accept: text/html", issuer);
        assertEquals("2", Jsoup.parse(page2.body).getElementById("version").attr("data-value"));
        assertTrue(page2.body.contains(">93.5<"), "version 2's state of health");
        assertFalse(page2.body.contains(">99.0<"), "no trace of version 1's value");
        assertEquals(1, json(get(path + "?version=1")).get("version").asInt(),
                "older versions stay reachable");
    }

    @Test
    void revisionThroughAnotherStoreInstance_isAnsweredAtOnce() throws IOException {
        ItemPassport v1 = item("SN-C2", "98.0");
        store.put(v1);
        String path = Linkset.path(v1.id());
        String issuer = "X-API-Key: " + Fixtures.KEY_ISSUER;
        assertEquals(1, json(get(path)).get("version").asInt());
        assertTrue(get(path, issuer).body.contains("98.0"));
        get(path, "Accept: text/html");
        // A second store instance on the same database: another writer the resolver knows nothing of.
        try (PassportStore writer = PassportStores.embedded(dir)) {
            ItemPassport v2 = revise(v1, "91.0");
            writer.put(v2);
            assertEquals(2, json(get(path)).get("version").asInt());
            assertTrue(get(path, issuer).body.contains("91.0"), "version 2's state of health");
            assertEquals("2", Jsoup.parse(get(path, "Accept: text/html").body)
                    .getElementById("version").attr("data-value"));
            writer.put(revise(v2, "90.0"));
            assertEquals(3, json(get(path)).get("version").asInt());
        }
    }

    @Test
    void walkUp_answersTheItemOnceItIsStored() throws IOException {
        ItemPassport item = item("SN-C3", "97.0");
        String path = Linkset.path(item.id());
        RawHttp before = get(path);
        assertEquals("BATCH", before.header(Resolver.LEVEL_HEADER));
        assertEquals("BATCH", get(path).header(Resolver.LEVEL_HEADER));
        store.put(item);
        RawHttp after = get(path);
        assertEquals("ITEM", after.header(Resolver.LEVEL_HEADER));
        assertEquals(1, json(after).get("version").asInt());
        assertTrue(after.header(Resolver.PASSPORT_HEADER).endsWith(path), after.header(Resolver.PASSPORT_HEADER));
    }

    @Test
    void audiencesMediaTypesAndStems_areKeptApart() throws IOException {
        ItemPassport item = item("SN-C4", "96.0");
        store.put(item);
        String path = Linkset.path(item.id());
        // The issuer first, so that a key without the audience would hand the issuer's bytes on.
        RawHttp issuer = get(path, "X-API-Key: " + Fixtures.KEY_ISSUER);
        assertEquals("ISSUER", json(issuer).get("audience").asText());
        assertEquals("private, no-store", issuer.header("cache-control"));
        RawHttp pub = get(path);
        JsonNode doc = json(pub);
        assertEquals("PUBLIC", doc.get("audience").asText());
        doc.get("fields").fieldNames().forEachRemaining(k -> assertEquals(AccessGroup.PUBLIC,
                BatteryField.fromKey(k).orElseThrow().access(), k + " leaked to the public"));
        assertTrue(issuer.body.length() > pub.body.length());
        assertNotEquals(issuer.header("etag"), pub.header("etag"));
        assertEquals(304, get(path, "If-None-Match: " + pub.header("etag")).status);
        assertEquals(200, get(path, "If-None-Match: " + pub.header("etag"),
                "X-API-Key: " + Fixtures.KEY_ISSUER).status, "the public tag does not match the issuer's view");
        RawHttp msaPage = get(path, "Accept: text/html", "X-API-Key: " + Fixtures.KEY_AUTHORITIES);
        RawHttp pubPage = get(path, "Accept: text/html");
        for (org.jsoup.nodes.Element e : Jsoup.parse(pubPage.body).select("[data-field]")) {
            assertEquals(AccessGroup.PUBLIC, BatteryField.fromKey(e.attr("data-field")).orElseThrow().access());
        }
        assertTrue(msaPage.body.length() > pubPage.body.length());
        RawHttp otherHost = get(path, "Accept: text/html", "Host: dpp.example.com");
        assertTrue(otherHost.body.contains("http://dpp.example.com" + path), "the QR code of this stem");
        assertFalse(otherHost.body.contains("localhost:" + server.port()), "nothing of the other stem");
        assertEquals("http://dpp.example.com" + path, otherHost.header(Resolver.PASSPORT_HEADER));
        RawHttp jsonOtherHost = get(path, "Host: dpp.example.com");
        assertEquals(pub.body, jsonOtherHost.body, "JSON does not depend on the stem");
        assertEquals("http://dpp.example.com" + path, jsonOtherHost.header(Resolver.PASSPORT_HEADER));
        RawHttp batchLink = get(Linkset.path(batch.id()) + "/21/SN-OTHER", "Accept: text/html");
        assertTrue(batchLink.body.contains("No item passport is stored"), "a page names the request");
        assertEquals(6, resolver.responseCache().size(),
                "issuer, public, authorities page, public page, page for another stem, walked-up page");
    }

    @Test
    void noCache_answersTheSame() throws IOException {
        ItemPassport item = item("SN-C5", "95.0");
        store.put(item);
        Resolver plain = Resolver.builder(store).cacheBytes(0).build();
        try (ResolverServer s = ResolverServer.builder(plain).host(InetAddress.getLoopbackAddress())
                .port(0).threads(2).start()) {
            String path = Linkset.path(item.id());
            for (String accept : List.of("application/json", "text/html")) {
                RawHttp cached = get(path, "Accept: " + accept, "Host: resolver.test");
                RawHttp cachedAgain = get(path, "Accept: " + accept, "Host: resolver.test");
                RawHttp uncached = RawHttp.get(s.port(), path, "Accept: " + accept, "Host: resolver.test");
                assertEquals(uncached.body, cached.body);
                assertEquals(uncached.body, cachedAgain.body);
                assertEquals(uncached.header("etag"), cachedAgain.header("etag"));
                assertEquals(uncached.headers.keySet(), cachedAgain.headers.keySet());
                assertEquals(304, RawHttp.get(s.port(), path, "Accept: " + accept,
                        "If-None-Match: " + uncached.header("etag"), "Host: resolver.test").status);
            }
            assertEquals(0, plain.responseCache().size());
        }
    }

    @Test
    void concurrentReadersAndAWriter_neverSeeAVersionOlderThanStoredBeforeTheyAsked()
            throws Exception {
        ItemPassport v = item("SN-C6", "99.0");
        store.put(v);
        String path = Linkset.path(v.id());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int version = 2; version <= 6; version++) {
                v = revise(v, (100 - version) + ".0");
                store.put(v);
                int stored = version;
                List<Future<Integer>> seen = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    seen.add(pool.submit(() -> json(get(path)).get("version").asInt()));
                }
                for (Future<Integer> f : seen) {
                    assertEquals(stored, f.get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] noise(long seed, int length) {
        byte[] b = new byte[length];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }

    private static ResponseCache.Rendered rendered(byte[] body) {
        return new ResponseCache.Rendered(body, "\"e\"", PassportLevel.ITEM, "/01/x");
    }

    @Test
    void budget_isKept_leastRecentlyUsedGoesFirst() {
        ResponseCache cache = new ResponseCache(16 * 4096 * 4 / 3);
        cache.put("seed", "f", rendered(noise(-1, 1000)));
        for (int i = 0; i < 2000; i++) {
            // Incompressible bodies: the family's dictionary does not help.
            cache.put("k" + i, "f", rendered(noise(i, 1000)));
            assertTrue(cache.bytes() <= cache.maxBytes(), "over budget after " + i);
        }
        assertTrue(cache.size() >= 16 && cache.size() < 64, "about 3 per segment: " + cache.size());
        assertArrayEquals(noise(1999, 1000), cache.get("k1999").body, "the newest stays");
        assertNull(cache.get("k0"), "the oldest went");
        cache.put("huge", "f", rendered(noise(7, 8000)));
        assertNull(cache.get("huge"), "larger than a segment's share: not kept");
        ResponseCache off = new ResponseCache(0);
        off.put("k", "f", rendered(noise(1, 10)));
        assertNull(off.get("k"));
        assertEquals(0, off.size());
        assertFalse(off.enabled());
    }

    @Test
    void budget_leastRecentlyUsedWithinASegment() {
        ResponseCache cache = new ResponseCache(16 * 3200 * 4 / 3);
        // Keys of one segment: same hash spread.
        List<String> same = new ArrayList<>();
        for (int i = 0; same.size() < 4; i++) {
            String k = "k" + i;
            if (same.isEmpty() || segmentOf(k) == segmentOf(same.get(0))) {
                same.add(k);
            }
        }
        String seed = "seed";
        for (int i = 0; segmentOf(seed) == segmentOf(same.get(0)); i++) {
            seed = "seed" + i;
        }
        cache.put(seed, "f", rendered(noise(-1, 800)));
        for (int i = 0; i < 3; i++) {
            cache.put(same.get(i), "f", rendered(noise(i, 800)));
        }
        assertNotNull(cache.get(same.get(0)), "touched: now the most recent");
        cache.put(same.get(3), "f", rendered(noise(3, 800)));
        assertArrayEquals(noise(0, 800), cache.get(same.get(0)).body);
        assertNull(cache.get(same.get(1)), "the least recently used of the segment went");
        assertArrayEquals(noise(3, 800), cache.get(same.get(3)).body);
    }

    @Test
    void family_sharesADictionary_keptBodiesAreSmall_andInflateExactly() {
        ResponseCache cache = new ResponseCache(1 << 20);
        byte[] base = noise(42, 6000);
        for (int i = 0; i < 100; i++) {
            byte[] body = base.clone();
            body[100 + i] = (byte) i;
            body[5000] = (byte) (i * 3);
            cache.put("k" + i, "batch-1", rendered(body));
        }
        assertTrue(cache.bytes() < 6000 * 2 + 100 * 600,
                "one dictionary and a hundred small deltas: " + cache.bytes());
        for (int i = 0; i < 100; i++) {
            byte[] body = base.clone();
            body[100 + i] = (byte) i;
            body[5000] = (byte) (i * 3);
            assertArrayEquals(body, cache.get("k" + i).body, "k" + i);
        }
    }

    @Test
    void family_dictionaryDropped_entriesGoWithIt() {
        // Room for about one 6000-byte dictionary.
        ResponseCache cache = new ResponseCache(4 * 7000);
        cache.put("a", "family-a", rendered(noise(1, 6000)));
        assertArrayEquals(noise(1, 6000), cache.get("a").body);
        cache.put("b", "family-b", rendered(noise(2, 6000)));
        assertNull(cache.get("a"), "family-a's dictionary went: its entry with it");
        assertArrayEquals(noise(2, 6000), cache.get("b").body);
    }

    private static int segmentOf(String key) {
        return ResponseCache.segmentIndex(key);
    }

    @Test
    void builder_checksTheBudget() {
        assertThrows(IllegalArgumentException.class, () -> Resolver.builder(store).cacheBytes(-1));
        assertThrows(IllegalArgumentException.class, () -> Resolver.builder(store).cacheBytes((64L << 30) + 1));
        assertEquals(Resolver.DEFAULT_CACHE_BYTES, Resolver.builder(store).build().responseCache().maxBytes());
        assertEquals(1L << 20, Resolver.builder(store).cacheBytes(1L << 20).build().responseCache().maxBytes());
    }
}
