package org.dppkit.resolver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.internal.PassportInternals;
import org.dppkit.core.Audience;
import org.dppkit.gs1.LinkType;
import org.dppkit.store.PassportStore;
import org.dppkit.store.PassportStores;
import org.dppkit.testing.PassportFixtures;

/**
 * A started resolver over an embedded store holding the dpp-testing fixtures (every category,
 * model, batch and item), plus an EV item revised to version 2, and API keys for each audience.
 */
final class Fixtures implements AutoCloseable {

    static final String KEY_LEGITIMATE = "k-legit-5b1f0c7e9a4d4e2b8c3f6a1d0e9b7c21";
    static final String KEY_AUTHORITIES = "k-msa-8e2a6c4f1b3d5e7a9c0b2d4f6e8a1c3b";
    static final String KEY_ISSUER = "k-issuer-3c5e7a9b1d2f4a6c8e0b2d4f6a8c1e3d";
    static final String KEY_DISABLED = "k-old-1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d";

    final PassportStore store;
    final ResolverServer server;
    final List<BatteryPassport> passports;
    final ModelPassport model;
    final BatchPassport batch;
    /** The EV item: version 2 (the fixtures' items are revisions), version 1 stored before it. */
    final ItemPassport item;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    Fixtures(Path dir) {
        this(dir, ResolverServer.Builder::port);
    }

    interface ServerSetup {
        ResolverServer.Builder apply(ResolverServer.Builder b, int port);
    }

    Fixtures(Path dir, ServerSetup setup) {
        store = PassportStores.embedded(dir);
        passports = new ArrayList<>(PassportFixtures.withSeed(42).all());
        model = (ModelPassport) passports.get(0);
        batch = (BatchPassport) passports.get(1);
        item = (ItemPassport) passports.get(2);
        for (BatteryPassport p : passports) {
            for (int v = 1; v < p.version(); v++) {
                // the store keeps every version: restore the fixture's earlier ones
                store.put(PassportInternals.restoreVersion(p.toBuilder(), v,
                        v > 1 ? p.revisedAt().orElseThrow() : null).build());
            }
        }
        store.putAll(passports);
        Resolver resolver = Resolver.builder(store)
                .accessPolicy(ApiKeyAccessPolicy.parse(String.join("\n",
                        "legit = " + ApiKeyAccessPolicy.hash(KEY_LEGITIMATE) + " LEGITIMATE_INTEREST",
                        "msa = " + ApiKeyAccessPolicy.hash(KEY_AUTHORITIES) + " AUTHORITIES",
                        "issuer = " + ApiKeyAccessPolicy.hash(KEY_ISSUER) + " ISSUER",
                        "old = " + ApiKeyAccessPolicy.hash(KEY_DISABLED) + " ISSUER disabled")))
                .link(Link.of(LinkType.PIP, "https://brand.example.com/products/{gtin}",
                        "Product page").withMediaType("text/html").withLanguage("en"))
                .link(Link.of(LinkType.SUSTAINABILITY_INFO,
                        "https://brand.example.com/footprint/{gtin}/{lot}", "Batch footprint")
                        .atLevel(org.dppkit.core.PassportLevel.BATCH))
                .link(Link.of(LinkType.CERTIFICATION_INFO, "https://lab.example.org/report/17",
                        "Test report").forIdentifier(model.id()))
                .build();
        ResolverServer.Builder b = ResolverServer.builder(resolver)
                .host(java.net.InetAddress.getLoopbackAddress()).threads(4);
        server = setup.apply(b, 0).start();
    }

    static String key(Audience audience) {
        return switch (audience) {
            case PUBLIC -> null;
            case LEGITIMATE_INTEREST -> KEY_LEGITIMATE;
            case AUTHORITIES -> KEY_AUTHORITIES;
            case ISSUER -> KEY_ISSUER;
        };
    }

    static BatteryCategory category(BatteryPassport p) {
        return p.category();
    }

    /** Returns the path of a passport's identifier, "/01/...". */
    static String path(BatteryPassport p) {
        return Linkset.path(p.id());
    }

    URI uri(String target) {
        return URI.create(server.uri() + target);
    }

    HttpResponse<String> get(String target, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(target)).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String target, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(target)).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getAs(Audience audience, String target, String accept) throws Exception {
        String key = key(audience);
        return key == null ? get(target, "Accept", accept)
                : get(target, "Accept", accept, "X-API-Key", key);
    }

    static Instant now() {
        return Instant.parse("2027-03-01T00:00:00Z");
    }

    @Override
    public void close() {
        server.stop(Duration.ZERO);
        store.close();
    }
}
