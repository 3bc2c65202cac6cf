package org.dppkit.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.dppkit.core.Audience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyAccessPolicyTest {

    private static final String CONFIG = String.join("\n",
            "# keys of the market surveillance authority and a recycler",
            "msa = " + ApiKeyAccessPolicy.hash("secret-msa") + " AUTHORITIES",
            "",
            "recycler = " + ApiKeyAccessPolicy.hash("secret-rec") + " LEGITIMATE_INTEREST",
            "old = " + ApiKeyAccessPolicy.hash("secret-old") + " ISSUER disabled");

    private static AccessRequest request(Map<String, List<String>> headers) {
        return AccessRequest.of("GET", headers, null);
    }

    @Test
    void hash_isSha256Hex() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1.
        assertEquals("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ApiKeyAccessPolicy.hash("abc"));
    }

    @Test
    void decide_perCredential() {
        ApiKeyAccessPolicy p = ApiKeyAccessPolicy.parse(CONFIG);
        assertEquals(3, p.size());
        assertEquals(AccessDecision.anonymous(), p.decide(request(Map.of())));
        assertEquals(AccessDecision.grant(Audience.AUTHORITIES),
                p.decide(request(Map.of("X-API-Key", List.of("secret-msa")))));
        assertEquals(AccessDecision.grant(Audience.LEGITIMATE_INTEREST),
                p.decide(request(Map.of("authorization", List.of("bearer secret-rec")))));
        assertEquals(401, p.decide(request(Map.of("X-API-Key", List.of("nope")))).refusalStatus());
        assertEquals(401, p.decide(request(Map.of("Authorization", List.of("Basic eDp5")))).refusalStatus());
        assertEquals(401, p.decide(request(Map.of("X-API-Key", List.of("secret-msa"),
                "Authorization", List.of("Bearer secret-rec")))).refusalStatus());
        assertEquals(403, p.decide(request(Map.of("X-API-Key", List.of("secret-old")))).refusalStatus());
        assertTrue(p.decide(request(Map.of("X-API-Key", List.of("nope")))).challenge().orElseThrow()
                .startsWith("Bearer realm=\"dppkit\""));
    }

    @Test
    void toString_namesKeysNeverHashes() {
        String s = ApiKeyAccessPolicy.parse(CONFIG).toString();
        assertEquals("ApiKeyAccessPolicy[msa=AUTHORITIES, old=ISSUER disabled, recycler=LEGITIMATE_INTEREST]", s);
        assertFalse(s.contains("sha256"));
    }

    @Test
    void parse_rejectsBadLinesNamingThem() {
        String hash = ApiKeyAccessPolicy.hash("k");
        assertEquals("API key configuration line 2: hash must be 'sha256:' and 64 hex digits",
                assertThrows(IllegalArgumentException.class,
                        () -> ApiKeyAccessPolicy.parse("a = " + hash + " PUBLIC\nb = sha256:12 PUBLIC")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ApiKeyAccessPolicy.parse("a " + hash + " PUBLIC"));
        assertThrows(IllegalArgumentException.class, () -> ApiKeyAccessPolicy.parse("a = " + hash + " EVERYONE"));
        assertThrows(IllegalArgumentException.class, () -> ApiKeyAccessPolicy.parse("a = " + hash + " PUBLIC off"));
        assertThrows(IllegalArgumentException.class, () -> ApiKeyAccessPolicy.parse("a b = " + hash + " PUBLIC"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ApiKeyAccessPolicy.parse(
                "a = " + hash + " PUBLIC\nb = " + hash + " ISSUER")).getMessage().contains("'a'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ApiKeyAccessPolicy.parse(
                "a = " + hash + " PUBLIC\na = " + ApiKeyAccessPolicy.hash("j") + " ISSUER"))
                .getMessage().contains("line 1"));
        assertThrows(NullPointerException.class, () -> ApiKeyAccessPolicy.parse(null));
    }

    @Test
    void read_fromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.conf");
        Files.writeString(file, CONFIG);
        assertEquals(3, ApiKeyAccessPolicy.read(file).size());
        assertThrows(java.io.UncheckedIOException.class,
                () -> ApiKeyAccessPolicy.read(dir.resolve("missing.conf")));
    }

    @Property(tries = 200)
    void anyKey_isGrantedOnlyItsOwnAudience(
            @ForAll @StringLength(min = 1, max = 80) @CharRange(from = '!', to = '~') String k,
            @ForAll @StringLength(min = 1, max = 80) @CharRange(from = '!', to = '~') String o,
            @ForAll Audience audience) {
        if (k.equals(o)) {
            return;
        }
        ApiKeyAccessPolicy p = ApiKeyAccessPolicy.parse("k = " + ApiKeyAccessPolicy.hash(k) + " "
                + audience.name());
        assertEquals(AccessDecision.grant(audience), p.decide(request(Map.of("X-API-Key", List.of(k)))));
        assertEquals(401, p.decide(request(Map.of("X-API-Key", List.of(o)))).refusalStatus());
    }

    @Test
    void accessRequest_toStringShowsNoSecrets() {
        AccessRequest r = request(Map.of("Authorization", List.of("Bearer top-secret"),
                "X-API-Key", List.of("other-secret")));
        assertEquals("AccessRequest[GET authorization api-key]", r.toString());
        assertTrue(r.hasCredentials());
        assertEquals("top-secret", r.bearerToken().orElseThrow());
        assertFalse(request(Map.of()).hasCredentials());
    }

    @Test
    void accessDecision_values() {
        assertEquals("AccessDecision[grant ISSUER]", AccessDecision.grant(Audience.ISSUER).toString());
        assertEquals("AccessDecision[anonymous PUBLIC]", AccessDecision.anonymous().toString());
        assertEquals("AccessDecision[refuse 403]", AccessDecision.forbidden().toString());
        assertEquals(AccessDecision.unauthenticated("Bearer"), AccessDecision.unauthenticated("Bearer"));
        assertEquals(AccessDecision.unauthenticated("Bearer").hashCode(),
                AccessDecision.unauthenticated("Bearer").hashCode());
        assertThrows(IllegalArgumentException.class, () -> AccessDecision.unauthenticated("a\r\nb"));
        assertThrows(NullPointerException.class, () -> AccessDecision.grant(null));
        assertEquals(AccessDecision.anonymous(), AccessPolicy.publicOnly().decide(request(Map.of())));
    }
}
