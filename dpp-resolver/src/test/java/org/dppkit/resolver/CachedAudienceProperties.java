package org.dppkit.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.core.Audience;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.store.PassportStore;
import org.dppkit.store.PassportStores;
import org.dppkit.testing.PassportFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Requests of random audiences, media types and levels interleaved through one resolver's kept
 * responses (over an embedded store): no field outside the audience's access groups ever
 * appears, and every answer is byte for byte what a resolver that keeps nothing sends.
 */
class CachedAudienceProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STEM = "https://resolver.example.com";
    private static Path dir;
    private static PassportStore store;
    private static List<BatteryPassport> passports;
    private static ResolverServer cached;
    private static ResolverServer plain;

    /** One request: which passport, how it is named, as whom, which media type. */
    record Request(int passport, String target, Audience audience, boolean html) {
    }

    @BeforeContainer
    static void start() throws IOException {
        dir = Files.createTempDirectory("dppkit-cached-audiences");
        store = PassportStores.embedded(dir);
        passports = PassportFixtures.withSeed(23).all();
        store.putAll(passports.stream().filter(p -> p.version() == 1).toList());
        AccessPolicy policy = ApiKeyAccessPolicy.parse(String.join("\n",
                "legit = " + ApiKeyAccessPolicy.hash(Fixtures.KEY_LEGITIMATE) + " LEGITIMATE_INTEREST",
                "msa = " + ApiKeyAccessPolicy.hash(Fixtures.KEY_AUTHORITIES) + " AUTHORITIES",
                "issuer = " + ApiKeyAccessPolicy.hash(Fixtures.KEY_ISSUER) + " ISSUER"));
        // A small budget, so that entries also come and go while audiences interleave.
        cached = start(Resolver.builder(store).accessPolicy(policy).stem(STEM).cacheBytes(256 * 1024)
                .build());
        plain = start(Resolver.builder(store).accessPolicy(policy).stem(STEM).cacheBytes(0).build());
    }

    private static ResolverServer start(Resolver r) {
        return ResolverServer.builder(r).host(InetAddress.getLoopbackAddress()).port(0).threads(2)
                .start();
    }

    @AfterContainer
    static void stop() throws IOException {
        cached.stop(Duration.ZERO);
        plain.stop(Duration.ZERO);
        store.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Provide
    Arbitrary<List<Request>> requests() {
        Arbitrary<Request> one = Combinators.combine(
                Arbitraries.integers().between(0, passports.size() - 1),
                Arbitraries.of("exact", "unknownSerial", "unknownLot", "model"),
                Arbitraries.of(Audience.class), Arbitraries.of(true, false)).as(Request::new);
        return one.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 60)
    void interleavedAudiences_neverLeak_andMatchTheUncachedAnswer(
            @ForAll("requests") List<Request> requests) throws IOException {
        for (Request q : requests) {
            String path = path(passports.get(q.passport()), q.target());
            List<String> headers = new ArrayList<>();
            headers.add("Accept: " + (q.html() ? "text/html" : "application/json"));
            String key = Fixtures.key(q.audience());
            if (key != null) {
                headers.add("X-API-Key: " + key);
            }
            RawHttp r = RawHttp.get(cached.port(), path, headers.toArray(String[]::new));
            assertEquals(200, r.status, r.body);
            List<String> shown = new ArrayList<>();
            if (q.html()) {
                for (Element e : Jsoup.parse(r.body).select("[data-field]")) {
                    shown.add(e.attr("data-field"));
                }
                assertEquals(q.audience().name(), Jsoup.parse(r.body).getElementById("audience")
                        .attr("data-value"));
            } else {
                JsonNode doc = JSON.readTree(r.body);
                assertEquals(q.audience().name(), doc.get("audience").asText());
                doc.get("fields").fieldNames().forEachRemaining(shown::add);
            }
            for (String k : shown) {
                assertTrue(q.audience().mayRead(BatteryField.fromKey(k).orElseThrow().access()),
                        k + " leaked to " + q.audience() + " for " + q);
            }
            RawHttp expected = RawHttp.get(plain.port(), path, headers.toArray(String[]::new));
            assertEquals(expected.body, r.body, "kept answer differs for " + q);
            assertEquals(expected.header("etag"), r.header("etag"));
            assertEquals(expected.header("cache-control"), r.header("cache-control"));
            assertEquals(expected.header(Resolver.LEVEL_HEADER), r.header(Resolver.LEVEL_HEADER));
        }
    }

    private static String path(BatteryPassport p, String target) {
        DigitalLink id = PassportKeys.key(p.id());
        DigitalLink.Builder b = DigitalLink.builder(id.gtin());
        switch (target) {
            case "unknownSerial" -> {
                id.lot().ifPresent(b::lot);
                b.serial("NOT-STORED");
            }
            case "unknownLot" -> b.lot("NO-SUCH-LOT");
            case "model" -> { }
            default -> {
                id.lot().ifPresent(b::lot);
                id.serial().ifPresent(b::serial);
            }
        }
        return Linkset.path(b.build());
    }
}
