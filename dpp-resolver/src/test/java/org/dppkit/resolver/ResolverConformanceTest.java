package org.dppkit.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.core.Audience;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conformance of the resolver with the GS1-Conformant Resolver Standard 1.2.0 and GS1 Digital
 * Link URI Syntax 1.6.0, through the JDK HttpClient against a started server. Each test names
 * the conformance statement it checks.
 */
class ResolverConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Fixtures f;
    static String gtin;
    static String lot;
    static String serial;

    @BeforeAll
    static void start() {
        f = new Fixtures(dir);
        gtin = f.model.id().primaryKeyValue();
        lot = f.batch.lot();
        serial = f.item.serial();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    // ------------------------------------------------------------------ walk-up per level

    @Test
    void walkUp_storedItem_answersItem() throws Exception {
        HttpResponse<String> r = f.get("/01/" + gtin + "/10/" + lot + "/21/" + serial);
        assertEquals(200, r.statusCode());
        assertEquals("ITEM", r.headers().firstValue(Resolver.LEVEL_HEADER).orElseThrow());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
        JsonNode doc = json(r);
        assertEquals("ITEM", doc.get("level").asText());
        assertEquals(2, doc.get("version").asInt(), "the latest version answers");
        assertEquals("PUBLIC", doc.get("audience").asText());
    }

    @Test
    void walkUp_itemLinkWithoutLot_findsTheItem() throws Exception {
        HttpResponse<String> r = f.get("/01/" + gtin + "/21/" + serial);
        assertEquals(200, r.statusCode());
        assertEquals("ITEM", r.headers().firstValue(Resolver.LEVEL_HEADER).orElseThrow());
    }

    @Test
    void walkUp_unknownSerialWithLot_answersBatch() throws Exception {
        HttpResponse<String> r = f.get("/01/" + gtin + "/10/" + lot + "/21/NOT-STORED-1");
        assertEquals(200, r.statusCode());
        assertEquals("BATCH", r.headers().firstValue(Resolver.LEVEL_HEADER).orElseThrow());
        assertTrue(r.headers().firstValue(Resolver.PASSPORT_HEADER).orElseThrow()
                .endsWith("/01/" + gtin + "/10/" + lot));
        assertEquals("BATCH", json(r).get("level").asText());
    }

    @Test
    void walkUp_unknownSerialWithoutLot_answersModel() throws Exception {
        HttpResponse<String> r = f.get("/01/" + gtin + "/21/NOT-STORED-2");
        assertEquals(200, r.statusCode());
        assertEquals("MODEL", r.headers().firstValue(Resolver.LEVEL_HEADER).orElseThrow());
    }

    @Test
    void walkUp_unknownLot_answersModel() throws Exception {
        HttpResponse<String> r = f.get("/01/" + gtin + "/10/NO-SUCH-LOT");
        assertEquals(200, r.statusCode());
        assertEquals("MODEL", r.headers().firstValue(Resolver.LEVEL_HEADER).orElseThrow());
        HttpResponse<String> page = f.get("/01/" + gtin + "/10/NO-SUCH-LOT", "Accept", "text/html");
        assertTrue(page.body().contains("No batch passport is stored for batch NO-SUCH-LOT"),
                "the page says why the model answers");
        assertTrue(page.body().contains("This passport covers every unit of model " + gtin));
    }

    @Test
    void walkUp_everyFixtureAnswersAtItsOwnLevel() throws Exception {
        for (BatteryPassport p : f.passports) {
            HttpResponse<String> r = f.get(Fixtures.path(p));
            assertEquals(200, r.statusCode(), p.toString());
            assertEquals(p.level().name(), r.headers().firstValue(Resolver.LEVEL_HEADER)
                    .orElseThrow(), p.toString());
            assertEquals(p.id().toString(), json(r).get("id").asText());
        }
    }

    @Test
    void unknownGtin_is404Problem() throws Exception {
        HttpResponse<String> r = f.get("/01/09506000134352/21/X1");
        assertEquals(404, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
        JsonNode p = json(r);
        assertEquals(404, p.get("status").asInt());
        assertTrue(p.get("type").asText().endsWith("#no-passport"));
    }

    @Test
    void otherPrimaryKey_is404() throws Exception {
        HttpResponse<String> r = f.get("/00/106141412345678908");
        assertEquals(404, r.statusCode());
    }

    // ------------------------------------------------------------------ Digital Link forms

    @Test
    void anyStem_linksAnswerOnTheRequestStem() throws Exception {
        RawHttp r = RawHttp.get(f.server.port(), Fixtures.path(f.batch), "Host: dpp.brand.example:8443");
        assertEquals(200, r.status);
        assertEquals("http://dpp.brand.example:8443" + Fixtures.path(f.batch),
                r.header(Resolver.PASSPORT_HEADER));
        assertTrue(r.header("link").startsWith("<http://dpp.brand.example:8443/01/"));
    }

    @Test
    void badHostHeader_fallsBackToTheLocalAddress() throws Exception {
        RawHttp r = RawHttp.get(f.server.port(), Fixtures.path(f.model), "Host: evil.example/<x>");
        assertEquals(200, r.status);
        assertTrue(r.header(Resolver.PASSPORT_HEADER).startsWith("http://127.0.0.1:"),
                r.header(Resolver.PASSPORT_HEADER));
    }

    @Test
    void pathPrefix_mountedInTheUsersOwnServer() throws Exception {
        HttpServer own = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        own.createContext("/dpp", Resolver.builder(f.store).build());
        own.start();
        try {
            RawHttp r = RawHttp.get(own.getAddress().getPort(), "/dpp" + Fixtures.path(f.item));
            assertEquals(200, r.status);
            assertEquals("ITEM", r.header(Resolver.LEVEL_HEADER));
            assertTrue(r.header(Resolver.PASSPORT_HEADER).contains("/dpp/01/"));
            RawHttp wk = RawHttp.get(own.getAddress().getPort(), "/dpp/.well-known/gs1resolver");
            assertEquals(200, wk.status);
            assertTrue(JSON.readTree(wk.body).get("resolverRoot").asText().endsWith("/dpp"));
        } finally {
            own.stop(0);
        }
    }

    @Test
    void trailingSlash_isTolerated() throws Exception {
        HttpResponse<String> r = f.get(Fixtures.path(f.model) + "/");
        assertEquals(200, r.statusCode());
        assertEquals("MODEL", r.headers().firstValue(Resolver.LEVEL_HEADER).orElseThrow());
    }

    @Test
    void dataAttributes_doNotChangeTheAnswer() throws Exception {
        HttpResponse<String> r = f.get(Fixtures.path(f.item) + "?17=271231&x=1");
        assertEquals(200, r.statusCode());
        assertEquals("ITEM", r.headers().firstValue(Resolver.LEVEL_HEADER).orElseThrow());
    }

    // ------------------------------------------------------------------ bad syntax: 400

    @ParameterizedTest
    @CsvSource({
        "/01/09506000134353,                  BAD_CHECK_DIGIT,      17",
        "/01/0950600013435,                   BAD_LENGTH,            4",
        "/10/ABC,                             BAD_PATH,              1",
        "/01/09506000134352/21/A/10/B,        BAD_KEY_QUALIFIER,    19",
        "/01/09506000134352/21/A%00B,         BAD_PERCENT_ENCODING, 23",
        "/01/09506000134352?99=A&99=B,        DUPLICATE_AI,         -1",
        "/01/09506000134352?linkType=linkset&21=X, NOT_AN_ATTRIBUTE, -1",
    })
    void badSyntax_is400ProblemWithGs1CodeAndPosition(String target, String code, int position)
            throws Exception {
        HttpResponse<String> r = f.get(target);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
        JsonNode p = json(r);
        assertEquals(400, p.get("status").asInt());
        assertEquals(code, p.get("errorCode").asText(), r.body());
        if (position >= 0) {
            assertEquals(position, p.get("position").asInt(), r.body());
        } else {
            assertTrue(p.get("position").asInt() > target.indexOf('?'), r.body());
        }
        assertTrue(p.get("detail").asText().contains(code));
        assertFalse(r.body().contains("at org."), "no stack trace");
    }

    @Test
    void badSyntax_positionCountsInTheQueryAsSent() throws Exception {
        // linkType is taken out before parsing; the position still points into the original.
        String target = Fixtures.path(f.model) + "?linkType=gs1:pip&17=2713XX";
        HttpResponse<String> r = f.get(target);
        assertEquals(400, r.statusCode(), r.body());
        int p = json(r).get("position").asInt();
        assertTrue(p >= target.indexOf("17=") && p < target.length(), r.body());
    }

    @Test
    void badVersion_is400() throws Exception {
        for (String v : List.of("abc", "0", "-1", "01", "9999999999")) {
            HttpResponse<String> r = f.get(Fixtures.path(f.item) + "?version=" + v);
            assertEquals(400, r.statusCode(), v);
            assertEquals("BAD_VALUE", json(r).get("errorCode").asText());
        }
    }

    // ------------------------------------------------------------------ link types

    @Test
    void linkTypeDpp_isTheDefault() throws Exception {
        HttpResponse<String> plain = f.get(Fixtures.path(f.item));
        for (String lt : List.of("gs1:dpp", "https://ref.gs1.org/voc/dpp", "https%3A%2F%2Fref.gs1.org%2Fvoc%2Fdpp")) {
            HttpResponse<String> typed = f.get(Fixtures.path(f.item) + "?linkType=" + lt);
            assertEquals(200, typed.statusCode(), lt);
            assertEquals(plain.body(), typed.body(), lt);
        }
    }

    @Test
    void linkset_hasEveryLevelUpToTheGtin() throws Exception {
        HttpResponse<String> r = f.get(Fixtures.path(f.item) + "?linkType=linkset");
        assertEquals(200, r.statusCode());
        assertEquals("application/linkset+json", r.headers().firstValue("Content-Type").orElseThrow());
        JsonNode set = json(r).get("linkset");
        assertEquals(3, set.size(), r.body());
        String root = f.server.uri().toString();
        assertEquals(root + Fixtures.path(f.item), set.get(0).get("anchor").asText());
        assertEquals(root + Fixtures.path(f.batch), set.get(1).get("anchor").asText());
        assertEquals(root + Fixtures.path(f.model), set.get(2).get("anchor").asText());
        for (JsonNode context : set) {
            assertTrue(context.get("itemDescription").asText().startsWith("Battery"));
            JsonNode dpp = context.get("https://ref.gs1.org/voc/dpp");
            assertEquals(2, dpp.size(), "every level has a stored passport: " + context);
            for (JsonNode link : dpp) {
                assertEquals(context.get("anchor").asText(), link.get("href").asText());
                assertTrue(link.get("title").asText().startsWith("Battery passport"));
                assertTrue(link.has("type"));
            }
        }
        // The default link: on the level that answers, without optional attributes.
        JsonNode def = set.get(0).get("https://ref.gs1.org/voc/defaultLink");
        assertEquals(1, def.size());
        assertFalse(def.get(0).has("type"));
        assertFalse(set.get(1).has("https://ref.gs1.org/voc/defaultLink"));
        // Configured links appear at their own level.
        assertEquals("https://brand.example.com/products/" + gtin,
                set.get(2).get("https://ref.gs1.org/voc/pip").get(0).get("href").asText());
        assertEquals("https://brand.example.com/footprint/" + gtin + "/" + lot,
                set.get(1).get("https://ref.gs1.org/voc/sustainabilityInfo").get(0).get("href").asText());
        assertEquals("https://lab.example.org/report/17",
                set.get(2).get("https://ref.gs1.org/voc/certificationInfo").get(0).get("href").asText());
        assertFalse(set.get(0).has("https://ref.gs1.org/voc/pip"));
        // Every link has a target, a title (GS1 SHALL).
        for (JsonNode context : set) {
            context.properties().forEach(e -> {
                if (e.getValue().isArray()) {
                    for (JsonNode link : e.getValue()) {
                        assertTrue(link.hasNonNull("href") && link.hasNonNull("title"), e.getKey());
                    }
                }
            });
        }
        List<String> links = r.headers().allValues("Link");
        assertTrue(String.join(",", links).contains("rel=\"http://www.w3.org/ns/json-ld#context\""),
                links.toString());
    }

    @Test
    void linkset_walkedUp_marksTheAnsweringLevelAsDefault() throws Exception {
        HttpResponse<String> r = f.get("/01/" + gtin + "/10/" + lot + "/21/NOT-STORED-3?linkType=linkset");
        JsonNode set = json(r).get("linkset");
        assertEquals(3, set.size());
        assertFalse(set.get(0).has("https://ref.gs1.org/voc/dpp"), "no item passport is stored");
        assertTrue(set.get(1).has("https://ref.gs1.org/voc/defaultLink"));
        assertTrue(set.get(2).has("https://ref.gs1.org/voc/dpp"));
    }

    @Test
    void linkset_byAcceptHeaderAndDeprecatedAll() throws Exception {
        HttpResponse<String> byQuery = f.get(Fixtures.path(f.batch) + "?linkType=linkset");
        HttpResponse<String> byAccept = f.get(Fixtures.path(f.batch), "Accept", "application/linkset+json");
        HttpResponse<String> byAll = f.get(Fixtures.path(f.batch) + "?linkType=all");
        assertEquals(byQuery.body(), byAccept.body());
        assertEquals(byQuery.body(), byAll.body());
        assertEquals(2, json(byQuery).get("linkset").size());
    }

    @Test
    void configuredLinkType_redirects307_passingTheQueryOn() throws Exception {
        HttpResponse<String> r = f.get(Fixtures.path(f.item) + "?linkType=gs1:pip&context=eu");
        assertEquals(307, r.statusCode());
        assertEquals("https://brand.example.com/products/" + gtin + "?context=eu",
                r.headers().firstValue("Location").orElseThrow());
        assertTrue(r.headers().firstValue("Link").orElseThrow().contains("rel=\"linkset\""));
        HttpResponse<String> batchLevel = f.get(Fixtures.path(f.item)
                + "?linkType=https://ref.gs1.org/voc/sustainabilityInfo");
        assertEquals(307, batchLevel.statusCode());
        assertEquals("https://brand.example.com/footprint/" + gtin + "/" + lot,
                batchLevel.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void configuredLinkType_missingAtEveryLevel_is404() throws Exception {
        // The certification link belongs to the EV model only; another model has none.
        BatteryPassport other = f.passports.get(3);
        HttpResponse<String> r = f.get(Fixtures.path(other) + "?linkType=gs1:certificationInfo");
        assertEquals(404, r.statusCode());
        // A batch-level link does not apply to a model link.
        HttpResponse<String> m = f.get(Fixtures.path(f.model) + "?linkType=gs1:sustainabilityInfo");
        assertEquals(404, m.statusCode());
    }

    @Test
    void unknownLinkType_is404() throws Exception {
        for (String lt : List.of("gs1:recallStatus", "gs1:nothing", "nonsense", "https://other.example/x")) {
            HttpResponse<String> r = f.get(Fixtures.path(f.item) + "?linkType=" + lt);
            assertEquals(404, r.statusCode(), lt);
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(json(r).get("type").asText().endsWith("#unknown-link-type"));
        }
    }

    @Test
    void emptyOrBadlyEncodedLinkType_is400() throws Exception {
        assertEquals(400, f.get(Fixtures.path(f.item) + "?linkType=").statusCode());
        // A malformed escape is refused by the JDK server before the resolver sees it.
        assertEquals(400, RawHttp.get(f.server.port(), Fixtures.path(f.item) + "?linkType=gs1%3").status);
        assertEquals(400, f.get(Fixtures.path(f.item) + "?linkType=gs1%00").statusCode());
        assertEquals(400, f.get(Fixtures.path(f.item) + "?linkType=a&linkType=b").statusCode());
    }

    // ------------------------------------------------------------------ well-known document

    @Test
    void wellKnown_describesTheResolver() throws Exception {
        HttpResponse<String> r = f.get("/.well-known/gs1resolver");
        assertEquals(200, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
        JsonNode d = json(r);
        assertEquals(f.server.uri().toString(), d.get("resolverRoot").asText());
        assertEquals("01", d.get("supportedPrimaryKeys").get(0).asText());
        assertEquals("https://ref.gs1.org/voc/", d.get("supportedLinkType").get(0).get("namespace").asText());
        assertEquals("gs1:", d.get("supportedLinkType").get(0).get("prefix").asText());
        List<String> types = new ArrayList<>();
        d.get("linkTypes").forEach(n -> types.add(n.asText()));
        assertEquals(List.of("gs1:dpp", "gs1:pip", "gs1:sustainabilityInfo", "gs1:certificationInfo"), types);
        HttpResponse<String> ctx = f.get(Resolver.CONTEXT_PATH);
        assertEquals(d.get("jsonLdContextLocation").asText(), f.server.uri() + Resolver.CONTEXT_PATH);
        assertEquals("application/ld+json", ctx.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(json(ctx).has("@context"));
    }

    // ------------------------------------------------------------------ HTTP: negotiation, HEAD, ...

    @Test
    void negotiation_browserGetsHtml_otherwiseJson_unacceptableIs406() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        assertTrue(f.get(Fixtures.path(f.item), "Accept", browser).headers()
                .firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals("application/json", f.get(Fixtures.path(f.item), "Accept", "*/*").headers()
                .firstValue("Content-Type").orElseThrow());
        assertEquals("application/json", f.get(Fixtures.path(f.item),
                "Accept", "text/html;q=0.5, application/json").headers()
                .firstValue("Content-Type").orElseThrow());
        HttpResponse<String> r = f.get(Fixtures.path(f.item), "Accept", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.headers().firstValue("Vary").orElse("").isEmpty()
                || r.headers().firstValue("Vary").orElseThrow().contains("Accept"));
    }

    @Test
    void head_hasTheHeadersOfGetAndNoBody() throws Exception {
        HttpResponse<String> get = f.get(Fixtures.path(f.item));
        HttpResponse<String> head = f.send("HEAD", Fixtures.path(f.item));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals(String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void options_answersCorsPreflight() throws Exception {
        HttpResponse<String> r = f.send("OPTIONS", Fixtures.path(f.item),
                "Origin", "https://app.example", "Access-Control-Request-Method", "GET");
        assertEquals(204, r.statusCode());
        assertEquals("GET, HEAD, OPTIONS", r.headers().firstValue("Allow").orElseThrow());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("GET"));
    }

    @Test
    void otherMethods_are405() throws Exception {
        for (String m : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpResponse<String> r = f.send(m, Fixtures.path(f.item));
            assertEquals(405, r.statusCode(), m);
            assertEquals("GET, HEAD, OPTIONS", r.headers().firstValue("Allow").orElseThrow());
        }
    }

    @Test
    void etag_ifNoneMatchGives304_andDiffersPerRepresentation() throws Exception {
        HttpResponse<String> json = f.get(Fixtures.path(f.item));
        String etag = json.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = f.get(Fixtures.path(f.item), "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, f.get(Fixtures.path(f.item), "If-None-Match", "\"other\"").statusCode());
        String html = f.get(Fixtures.path(f.item), "Accept", "text/html").headers()
                .firstValue("ETag").orElseThrow();
        assertNotEquals(etag, html);
        String v1 = f.get(Fixtures.path(f.item) + "?version=1").headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, v1);
    }

    @Test
    void cacheControlAndCors_forPublicReads() throws Exception {
        HttpResponse<String> r = f.get(Fixtures.path(f.item));
        assertEquals("public, max-age=60", r.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(r.headers().firstValue("Vary").orElseThrow().contains("Accept"));
        assertTrue(r.headers().firstValue("Link").orElseThrow().contains("?linkType=linkset>; rel=\"linkset\""));
    }

    @Test
    void version_answersAnOlderVersion_orNotFound() throws Exception {
        JsonNode v1 = json(f.get(Fixtures.path(f.item) + "?version=1"));
        assertEquals(1, v1.get("version").asInt());
        JsonNode v2 = json(f.get(Fixtures.path(f.item) + "?version=2"));
        assertEquals(2, v2.get("version").asInt());
        HttpResponse<String> none = f.get(Fixtures.path(f.item) + "?version=7");
        assertEquals(404, none.statusCode());
        assertTrue(json(none).get("type").asText().endsWith("#no-version"));
    }

    // ------------------------------------------------------------------ audiences

    @Test
    void audience_publicByDefault_keysGrantTheirAudience() throws Exception {
        for (Audience a : Audience.values()) {
            HttpResponse<String> r = f.getAs(a, Fixtures.path(f.item), "application/json");
            assertEquals(200, r.statusCode(), a.toString());
            assertEquals(a.name(), json(r).get("audience").asText());
            if (a == Audience.PUBLIC) {
                assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent());
            } else {
                assertEquals("private, no-store", r.headers().firstValue("Cache-Control").orElseThrow());
                assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                        "no CORS for restricted reads");
            }
        }
        HttpResponse<String> bearer = f.get(Fixtures.path(f.item),
                "Authorization", "Bearer " + Fixtures.KEY_AUTHORITIES);
        assertEquals("AUTHORITIES", json(bearer).get("audience").asText());
    }

    @Test
    void audience_badCredentialsAre401_disabledKeyIs403_sayingNothingElse() throws Exception {
        HttpResponse<String> wrong = f.get(Fixtures.path(f.item), "X-API-Key", "not-a-key");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
        HttpResponse<String> basic = f.get(Fixtures.path(f.item), "Authorization", "Basic dXNlcjpwdw==");
        assertEquals(401, basic.statusCode());
        HttpResponse<String> disabled = f.get(Fixtures.path(f.item), "X-API-Key", Fixtures.KEY_DISABLED);
        assertEquals(403, disabled.statusCode());
        for (HttpResponse<String> r : List.of(wrong, basic, disabled)) {
            JsonNode p = json(r);
            assertFalse(p.has("fields"));
            for (org.dppkit.battery.BatteryField field : f.item.presentFields()) {
                assertFalse(r.body().contains("\"" + field.key() + "\""), "no passport data in a refusal");
            }
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElseThrow());
        }
    }

    @Test
    void audience_narrowerViewOnRequest_widerOneRefused() throws Exception {
        HttpResponse<String> narrowed = f.get(Fixtures.path(f.item) + "?audience=public",
                "X-API-Key", Fixtures.KEY_ISSUER);
        assertEquals("PUBLIC", json(narrowed).get("audience").asText());
        HttpResponse<String> point4 = f.get(Fixtures.path(f.item) + "?audience=legitimate-interest",
                "X-API-Key", Fixtures.KEY_AUTHORITIES);
        assertEquals(403, point4.statusCode(), "authorities do not read point 4");
        HttpResponse<String> anonymous = f.get(Fixtures.path(f.item) + "?audience=authorities");
        assertEquals(401, anonymous.statusCode());
        assertEquals(400, f.get(Fixtures.path(f.item) + "?audience=everyone").statusCode());
    }
}
