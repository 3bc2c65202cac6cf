package org.dppkit.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.core.Audience;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.testing.PassportArbitraries;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Random passports x random requests x audiences: no field outside the audience's access groups
 * ever appears in the JSON or the HTML the resolver sends, whichever level answers.
 */
class AudienceLeakProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, BatteryPassport> STORED = new ConcurrentHashMap<>();
    private static HttpServer server;
    private static ExecutorService executor;
    private static HttpClient http;

    /** An in-memory source with the store's walk-up rule. */
    static final class MapSource implements PassportSource {
        @Override
        public Optional<BatteryPassport> resolve(DigitalLink key) {
            for (DigitalLink k : PassportKeys.chain(key)) {
                BatteryPassport p = STORED.get(identity(k));
                if (p != null && (k.serial().isEmpty() || k.lot().isEmpty()
                        || k.lot().equals(PassportKeys.key(p.id()).lot()))) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }

        @Override
        public Optional<BatteryPassport> latest(DigitalLink key) {
            return Optional.ofNullable(STORED.get(identity(key)));
        }

        @Override
        public Optional<BatteryPassport> version(DigitalLink key, int version) {
            return latest(key).filter(p -> p.version() == version);
        }

        static String identity(DigitalLink k) {
            return k.primaryKeyValue() + "|" + (k.serial().isPresent() ? "S" + k.serial().get()
                    : k.lot().map(l -> "L" + l).orElse(""));
        }
    }

    @BeforeContainer
    static void start() throws Exception {
        executor = Executors.newFixedThreadPool(4);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", Resolver.builder(new MapSource())
                .accessPolicy(ApiKeyAccessPolicy.parse(String.join("\n",
                        "legit = " + ApiKeyAccessPolicy.hash(Fixtures.KEY_LEGITIMATE) + " LEGITIMATE_INTEREST",
                        "msa = " + ApiKeyAccessPolicy.hash(Fixtures.KEY_AUTHORITIES) + " AUTHORITIES",
                        "issuer = " + ApiKeyAccessPolicy.hash(Fixtures.KEY_ISSUER) + " ISSUER")))
                .qrCodes(false).build());
        server.start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterContainer
    static void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Provide
    Arbitrary<String> targets() {
        return Arbitraries.of("exact", "withoutLot", "unknownSerial", "unknownLot", "model");
    }

    @Property(tries = 150)
    void noFieldOutsideTheAudienceLeaves(@ForAll("passports") BatteryPassport passport,
            @ForAll Audience audience, @ForAll boolean html, @ForAll("targets") String target)
            throws Exception {
        STORED.clear();
        for (Optional<BatteryPassport> p = Optional.of(passport); p.isPresent(); p = p.get().parent()) {
            STORED.put(MapSource.identity(PassportKeys.key(p.get().id())), p.get());
        }
        DigitalLink id = PassportKeys.key(passport.id());
        DigitalLink.Builder b = DigitalLink.builder(id.gtin());
        switch (target) {
            case "withoutLot" -> id.serial().ifPresent(b::serial);
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
        String path = Linkset.path(b.build());
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.getAddress().getPort() + path)).header("Accept", html ? "text/html" : "application/json");
        String key = Fixtures.key(audience);
        if (key != null) {
            rb.header("X-API-Key", key);
        }
        HttpResponse<String> r = http.send(rb.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String level = r.headers().firstValue(Resolver.LEVEL_HEADER).orElseThrow();
        BatteryPassport answering = passport;
        while (!answering.level().name().equals(level)) {
            answering = answering.parent().orElseThrow();
        }
        Set<String> shown = new HashSet<>();
        if (html) {
            for (Element e : Jsoup.parse(r.body()).select("[data-field]")) {
                shown.add(e.attr("data-field"));
            }
        } else {
            JsonNode doc = JSON.readTree(r.body());
            assertEquals(audience.name(), doc.get("audience").asText());
            doc.get("fields").fieldNames().forEachRemaining(shown::add);
        }
        for (String k : shown) {
            BatteryField field = BatteryField.fromKey(k).orElseThrow();
            assertTrue(audience.mayRead(field.access()), k + " leaked to " + audience);
        }
        // No restricted value appears anywhere in the answer, whatever key it is under.
        List<String> readable = new ArrayList<>();
        List<String> restricted = new ArrayList<>();
        JsonNode full = JSON.readTree(PassportJson.standard().write(answering)).get("fields");
        full.properties().forEach(e -> {
            boolean ok = audience.mayRead(BatteryField.fromKey(e.getKey()).orElseThrow().access());
            collect(e.getValue(), ok ? readable : restricted);
        });
        String body = r.body();
        for (String value : restricted) {
            if (value.length() >= 12 && readable.stream().noneMatch(v -> v.contains(value))
                    && !answering.id().toString().contains(value)) {
                assertFalse(body.contains(value), "restricted value leaked to " + audience);
                StringBuilder escaped = new StringBuilder();
                Texts.html(escaped, value);
                assertFalse(body.contains(escaped), "restricted value leaked to " + audience);
            }
        }
    }

    @Provide
    Arbitrary<BatteryPassport> passports() {
        return PassportArbitraries.passports();
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isContainerNode()) {
            for (JsonNode child : node) {
                collect(child, out);
            }
        }
    }
}
