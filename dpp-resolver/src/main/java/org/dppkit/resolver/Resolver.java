package org.dppkit.resolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gs1SyntaxException;
import org.dppkit.gs1.LinkType;
import org.dppkit.qr.PrintSpec;
import org.dppkit.qr.QrSymbol;
import org.dppkit.qr.SvgRenderer;
import org.dppkit.store.PassportStore;
import org.dppkit.gs1.internal.Excerpts;

/**
 * The resolver: an {@link HttpHandler} that answers GS1 Digital Links of battery passports,
 * following the GS1-Conformant Resolver Standard 1.2.0 and GS1 Digital Link URI Syntax 1.6.0.
 * Mount it in a JDK {@code HttpServer} (at {@code /} or under a path prefix) or run it with
 * {@link ResolverServer}.
 *
 * <pre>{@code
 * Resolver resolver = Resolver.builder(store)
 *         .accessPolicy(ApiKeyAccessPolicy.read(Path.of("api-keys.conf")))
 *         .link(Link.of(LinkType.PIP, "https://brand.example.com/p/{gtin}", "Product page"))
 *         .build();
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.createContext("/", resolver);
 * }</pre>
 *
 * <h2>What it answers</h2>
 * <ul>
 * <li><b>Any Digital Link form</b> of a passport identifier: any stem and path prefix, item links
 *     with or without the lot, one trailing slash tolerated. A syntax error is {@code 400} with an
 *     RFC 9457 {@code application/problem+json} body whose {@code errorCode} is the
 *     {@link org.dppkit.gs1.Gs1ErrorCode} and whose {@code position} counts from the start of
 *     the request target (path, {@code ?}, query).</li>
 * <li><b>Walk-up</b>: the most granular stored passport answers: the item's, else the batch's
 *     (when the link has a lot), else the model's. The {@value #LEVEL_HEADER} header names the
 *     level that answered and {@value #PASSPORT_HEADER} its identifier; the page says what the
 *     passport covers. {@code 404} only when no passport exists at any level.</li>
 * <li><b>Link types</b> (raw {@code linkType} query parameter): none or {@code gs1:dpp}: the
 *     passport; {@code linkset} (or the deprecated {@code all}, or {@code Accept:
 *     application/linkset+json}): the RFC 9264 linkset with the links of every level up to the
 *     GTIN; a configured {@link Link} type: {@code 307} to its target with the query passed on;
 *     any other: {@code 404}. Every answer carries a {@code Link: ...; rel="linkset"} header.</li>
 * <li>{@code /.well-known/gs1resolver}: the resolver description document.</li>
 * <li><b>Content negotiation</b>: {@code application/json} (the default) is the dppkit JSON of
 *     the caller's audience ({@link PassportJson#write(BatteryPassport, Audience)});
 *     {@code text/html} a server-rendered page of the same fields, with the QR code as inline
 *     SVG; nothing acceptable: {@code 406}. {@code HEAD}, {@code OPTIONS} (CORS preflight),
 *     {@code ETag} and {@code If-None-Match} ({@code 304}), {@code Cache-Control},
 *     {@code ?version=N} for an older version.</li>
 * <li><b>Audiences</b>: the {@link AccessPolicy} maps credentials to an {@link Audience}, public
 *     by default; {@code ?audience=NAME} asks for a narrower view, which the granted audience must
 *     cover (else 401 without credentials, 403 with). Restricted answers are {@code private,
 *     no-store} and carry no CORS header; public ones allow any origin.</li>
 * <li><b>Limits</b>: only {@code GET}, {@code HEAD}, {@code OPTIONS} ({@code 405} otherwise); a
 *     request target longer than {@link Builder#maxTargetLength(int)} is {@code 414}; more header
 *     lines or bytes than configured is {@code 431}; a request body is {@code 413}. Unexpected
 *     failures are {@code 500} with a request number; the log line names the exception class
 *     only. No response or log line holds a stack trace or a field value.</li>
 * </ul>
 *
 * <h2>Rendered responses</h2>
 * Passport answers (JSON and pages, every audience) are kept in memory up to
 * {@link Builder#cacheBytes(long)}, keyed by the answering passport's identity, version and
 * document SHA-256 ({@link PassportStore#resolveVersion(DigitalLink)}, asked on every request),
 * the audience and the media type; a revision stored by any writer is answered at once. Answers
 * for {@code ?version=N}, linksets and redirects are made on each request.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe (its QR code and response caches are internal to the
 * instance, bounded and synchronised); one instance serves any number of concurrent exchanges.
 */
public final class Resolver implements HttpHandler {

    /** Response header naming the level of the passport that answered: {@value}. */
    public static final String LEVEL_HEADER = "Dpp-Level";
    /** Response header with the identifier of the passport that answered: {@value}. */
    public static final String PASSPORT_HEADER = "Dpp-Passport";
    /** The path of the resolver description document, under the mount path: {@value}. */
    public static final String WELL_KNOWN_PATH = "/.well-known/gs1resolver";
    /** The path of the JSON-LD context of linksets, under the mount path: {@value}. */
    public static final String CONTEXT_PATH = "/linkset-context.jsonld";

    /** The default budget of {@link Builder#cacheBytes(long)}: {@value} bytes (64 MiB). */
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;
    private static final long MAX_CACHE_BYTES = 64L << 30;

    private static final System.Logger LOG = System.getLogger("org.dppkit.resolver");
    private static final Pattern HOST = Pattern.compile(
            "([A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}\\])(:[0-9]{1,5})?");
    private static final String ALLOW = "GET, HEAD, OPTIONS";
    private static final String EXPOSE = "Link, ETag, Location, " + LEVEL_HEADER + ", "
            + PASSPORT_HEADER;
    private static final ObjectMapper TREES = new ObjectMapper();

    private final PassportSource source;
    private final AccessPolicy policy;
    private final List<Link> links;
    private final String stem;
    private final String name;
    private final boolean qrCodes;
    private final String cacheControl;
    private final int maxTargetLength;
    private final int maxHeaderCount;
    private final int maxHeaderBytes;
    private final PassportJson json;
    private final QrCache qrCache = new QrCache(4096);
    private final ResponseCache cache;
    private final AtomicLong requestNumbers = new AtomicLong();

    private Resolver(Builder b) {
        this.source = b.source;
        this.policy = b.policy;
        this.links = List.copyOf(b.links);
        this.stem = b.stem;
        this.name = b.name;
        this.qrCodes = b.qrCodes;
        this.cacheControl = "public, max-age=" + b.maxAge.toSeconds();
        this.maxTargetLength = b.maxTargetLength;
        this.maxHeaderCount = b.maxHeaderCount;
        this.maxHeaderBytes = b.maxHeaderBytes;
        this.json = PassportJson.standard();
        this.cache = new ResponseCache(b.cacheBytes);
    }

    /**
     * Returns a builder for a resolver over a passport store.
     *
     * @param store the store, not null
     * @return a new builder, not null
     */
    public static Builder builder(PassportStore store) {
        return new Builder(StoreSource.of(Objects.requireNonNull(store, "store")));
    }

    static Builder builder(PassportSource source) {
        return new Builder(source);
    }

    /** Closes the store of a resolver built over a store (used by {@link ResolverServer#main}). */
    void closeStore() {
        if (source instanceof StoreSource s) {
            s.close();
        }
    }

    /**
     * Returns the configured links, in the order added.
     *
     * @return an unmodifiable list, not null
     */
    public List<Link> links() {
        return links;
    }

    /** The rendered responses kept (for tests). */
    ResponseCache responseCache() {
        return cache;
    }

    /**
     * Returns the access policy.
     *
     * @return the policy, not null
     */
    public AccessPolicy accessPolicy() {
        return policy;
    }

    /**
     * Answers one exchange; see the class documentation. Never throws for a bad request: every
     * outcome is an HTTP response.
     *
     * @param exchange the exchange, not null
     * @throws IOException if the response cannot be written (the client went away)
     */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Objects.requireNonNull(exchange, "exchange");
        WorkerThread.handling();
        try (exchange) {
            Response response;
            try {
                if (WorkerThread.shedding()) {
                    throw new Problem(503, "overloaded", "Overloaded",
                            "the resolver is busy; try again in a second")
                            .header("Retry-After", "1");
                }
                response = answer(exchange);
            } catch (Problem p) {
                response = problem(p, exchange);
            } catch (RuntimeException e) {
                long number = requestNumbers.incrementAndGet();
                StackTraceElement[] trace = e.getStackTrace();
                LOG.log(System.Logger.Level.WARNING, "request " + number + " failed: "
                        + e.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : ""));
                response = problem(new Problem(500, "internal-error", "Internal error",
                        "the resolver could not answer; request number " + number), exchange);
            }
            WorkerThread.writing();
            send(exchange, response);
        } finally {
            WorkerThread.done();
        }
    }

    // ------------------------------------------------------------------------------ answering

    private Response answer(HttpExchange ex) {
        String method = ex.getRequestMethod();
        checkLimits(ex);
        boolean head = method.equals("HEAD");
        if (!method.equals("GET") && !head && !method.equals("OPTIONS")) {
            throw new Problem(405, "method-not-allowed", "Method not allowed",
                    "the resolver answers GET, HEAD and OPTIONS only").header("Allow", ALLOW);
        }
        String rawPath = ex.getRequestURI().getRawPath();
        String rawQuery = ex.getRequestURI().getRawQuery();
        String mount = mountPath(ex);
        String root = stem(ex) + mount;
        if (rawPath == null || !rawPath.startsWith(mount.isEmpty() ? "/" : mount)) {
            throw Problem.notFound("not-found", "Not found", "nothing is served at this path");
        }
        String local = rawPath.substring(mount.length());
        if (!local.isEmpty() && local.charAt(0) != '/') {
            throw Problem.notFound("not-found", "Not found", "nothing is served at this path");
        }
        if (method.equals("OPTIONS")) {
            Response r = new Response(204, null, null);
            r.headers.put("Allow", ALLOW);
            r.headers.put("Access-Control-Allow-Origin", "*");
            r.headers.put("Access-Control-Allow-Methods", ALLOW);
            r.headers.put("Access-Control-Allow-Headers", "Accept, Accept-Language, If-None-Match");
            r.headers.put("Access-Control-Max-Age", "86400");
            return r;
        }
        if (local.equals(WELL_KNOWN_PATH) || local.equals(WELL_KNOWN_PATH + "/")) {
            return publicDocument(description(root), "application/json");
        }
        if (local.equals(CONTEXT_PATH)) {
            return publicDocument(Linkset.CONTEXT.getBytes(StandardCharsets.UTF_8),
                    "application/ld+json");
        }
        if (local.isEmpty() || local.equals("/")) {
            throw Problem.notFound("not-a-digital-link", "Not a Digital Link",
                    "ask for a GS1 Digital Link such as /01/{gtin}; the resolver description is at "
                            + WELL_KNOWN_PATH);
        }
        RequestTarget target = RequestTarget.parse(stem(ex), rawPath, rawQuery);
        Audience audience = audience(ex, target);
        Kind kind = kind(target, ex.getRequestHeaders().getFirst("Accept"));
        DigitalLink link = target.link;
        if (!link.hasGtin()) {
            throw Problem.notFound("no-passport", "No passport",
                    "this resolver answers GTIN-based links only (AI 01), not ("
                            + link.primaryKey().code() + ")");
        }
        DigitalLink key = PassportKeys.key(link);
        Answering found = source.answering(key).orElseThrow(() -> Problem.notFound(
                "no-passport", "No passport", "no passport is stored for " + Linkset.path(key)
                        + " or any level above it"));
        String linksetHref = root + Linkset.path(key) + "?linkType=linkset";
        Response r;
        if (kind.redirect != null) {
            r = redirect(kind.redirect, key, target);
        } else if (kind.negotiated == Negotiation.Kind.LINKSET) {
            r = linkset(root, key, found.level());
        } else if (target.version != 0) {
            DigitalLink foundKey = PassportKeys.key(found.passport(source, key).id());
            BatteryPassport passport = source.version(foundKey, target.version).orElseThrow(
                    () -> Problem.notFound("no-version", "No such version", "passport "
                            + Linkset.path(foundKey) + " has no version " + target.version));
            r = passport(ex, passport, key, audience, kind.negotiated, root, linksetHref);
        } else {
            r = latest(ex, found, key, audience, kind.negotiated, root, linksetHref);
        }
        r.headers.put("Link", "<" + linksetHref + ">; rel=\"linkset\"; type=\"application/linkset+json\"");
        r.headers.put("Vary", "Accept, Authorization, " + AccessRequest.API_KEY_HEADER);
        if (audience == Audience.PUBLIC && !r.privateAnswer) {
            r.headers.put("Access-Control-Allow-Origin", "*");
            r.headers.put("Access-Control-Expose-Headers", EXPOSE);
        }
        return r;
    }

    /** What the request asks for: a negotiated representation or a redirect to a link. */
    private static final class Kind {
        final Negotiation.Kind negotiated;
        final LinkType redirect;

        Kind(Negotiation.Kind negotiated, LinkType redirect) {
            this.negotiated = negotiated;
            this.redirect = redirect;
        }
    }

    private Kind kind(RequestTarget target, String accept) {
        String lt = target.linkType;
        if (lt == null || isDpp(lt)) {
            Negotiation.Kind k = Negotiation.choose(accept);
            if (k == null) {
                throw new Problem(406, "not-acceptable", "Not acceptable",
                        "the passport is available as application/json, text/html and"
                                + " application/linkset+json");
            }
            return new Kind(k, null);
        }
        if (lt.equals("linkset") || lt.equals("all")) {
            return new Kind(Negotiation.Kind.LINKSET, null);
        }
        LinkType type;
        try {
            type = LinkType.parse(lt);
        } catch (Gs1SyntaxException e) {
            throw Problem.notFound("unknown-link-type", "Unknown link type",
                    "no link of type '" + Excerpts.truncate(lt) + "' is available: it is not a gs1:"
                            + " CURIE, 'linkset' or an absolute http(s) URI");
        }
        for (Link l : links) {
            if (l.type().equals(type)) {
                return new Kind(null, type);
            }
        }
        throw Problem.notFound("unknown-link-type", "Unknown link type", "no link of type '"
                + Excerpts.truncate(lt) + "' is available for this identifier");
    }

    private static boolean isDpp(String lt) {
        return lt.equals("gs1:dpp") || lt.equals("https://ref.gs1.org/voc/dpp")
                || lt.equals("https://gs1.org/voc/dpp") || lt.equals("http://gs1.org/voc/dpp")
                || lt.equals("https://www.gs1.org/voc/dpp");
    }

    private Audience audience(HttpExchange ex, RequestTarget target) {
        AccessRequest request = AccessRequest.of(ex.getRequestMethod(), ex.getRequestHeaders(),
                clientPrincipal(ex));
        AccessDecision decision = Objects.requireNonNull(policy.decide(request),
                "access policy returned null");
        if (decision.refusalStatus() == 401) {
            throw new Problem(401, "unauthenticated", "Unauthenticated",
                    "the credentials were not accepted")
                    .header("WWW-Authenticate", decision.challenge().orElseThrow());
        }
        if (decision.refusalStatus() == 403) {
            throw new Problem(403, "forbidden", "Forbidden",
                    "these credentials may not read through this resolver");
        }
        Audience granted = decision.audience().orElseThrow();
        Audience asked = target.audience;
        if (asked == null || asked == granted) {
            return granted;
        }
        if (granted.readableGroups().containsAll(asked.readableGroups())) {
            return asked;
        }
        if (!decision.isAuthenticated()) {
            throw new Problem(401, "unauthenticated", "Unauthenticated",
                    "the audience asked for needs credentials")
                    .header("WWW-Authenticate", "Bearer realm=\"dppkit\"");
        }
        throw new Problem(403, "forbidden", "Forbidden",
                "these credentials do not cover the audience asked for");
    }

    private static Principal clientPrincipal(HttpExchange ex) {
        if (ex instanceof HttpsExchange https && https.getSSLSession() != null) {
            try {
                return https.getSSLSession().getPeerPrincipal();
            } catch (SSLPeerUnverifiedException e) {
                return null;   // no client certificate: an anonymous TLS client
            }
        }
        return null;
    }

    private Response redirect(LinkType type, DigitalLink key, RequestTarget target) {
        for (DigitalLink levelKey : PassportKeys.chain(key)) {
            PassportLevel at = PassportKeys.level(levelKey);
            for (Link l : links) {
                if (l.type().equals(type) && l.appliesTo(levelKey, at)) {
                    String href = l.href(levelKey);
                    if (!target.passOnQuery.isEmpty()) {
                        href += (href.indexOf('?') >= 0 ? "&" : "?") + target.passOnQuery;
                    }
                    Response r = new Response(307, null, null);
                    r.headers.put("Location", href);
                    r.headers.put("Cache-Control", cacheControl);
                    return r;
                }
            }
        }
        throw Problem.notFound("unknown-link-type", "Unknown link type", "no link of type "
                + type + " is available for " + Linkset.path(key) + " or any level above it");
    }

    private Response linkset(String root, DigitalLink key, PassportLevel answering) {
        List<Linkset.Level> levels = new ArrayList<>(3);
        for (DigitalLink levelKey : PassportKeys.chain(key)) {
            PassportLevel at = PassportKeys.level(levelKey);
            // Below the answering level nothing matching is stored (the walk-up passed it).
            boolean stored = at == answering || (at.compareTo(answering) < 0
                    && source.latest(levelKey).isPresent());
            levels.add(new Linkset.Level(levelKey, stored, at == answering));
        }
        byte[] body = Linkset.render(root, levels, links);
        Response r = new Response(200, "application/linkset+json", body);
        r.headers.put("ETag", etag(body));
        r.headers.put("Cache-Control", cacheControl);
        r.extraLinks = "<" + root + CONTEXT_PATH + ">; rel=\"http://www.w3.org/ns/json-ld#context\";"
                + " type=\"application/ld+json\"";
        return r;
    }

    /**
     * Answers with the latest version: from the rendered responses kept under the answer's
     * fingerprint when the source gives one, else rendered now (and kept).
     */
    private Response latest(HttpExchange ex, Answering found, DigitalLink requestKey,
            Audience audience, Negotiation.Kind kind, String root, String linksetHref) {
        Optional<String> fingerprint = found.fingerprint();
        if (fingerprint.isEmpty() || !cache.enabled()) {
            return passport(ex, found.passport(source, requestKey), requestKey, audience, kind, root,
                    linksetHref);
        }
        // Everything the bytes depend on: the document (identity, version, hash), the audience,
        // the media type; a page also names the requested identifier and the public root.
        String cacheKey = fingerprint.get() + "|" + audience + "|" + kind
                + (kind == Negotiation.Kind.HTML ? "|" + requestKey + "|" + root : "");
        ResponseCache.Rendered rendered = cache.get(cacheKey);
        if (rendered == null) {
            BatteryPassport p = found.passport(source, requestKey);
            rendered = render(p, requestKey, audience, kind, root, linksetHref, true);
            // Responses of one audience and media type under one parent (the items of a batch)
            // differ in a few values: they share a compression dictionary.
            String family = audience + "|" + kind + "|" + p.level() + "|" + p.parent()
                    .map(parent -> PassportKeys.key(parent.id()).toString()).orElse("")
                    + (kind == Negotiation.Kind.HTML ? "|" + root : "");
            cache.put(cacheKey, family, rendered);
        }
        return respond(ex, rendered, audience, kind, root);
    }

    private Response passport(HttpExchange ex, BatteryPassport p, DigitalLink requestKey,
            Audience audience, Negotiation.Kind kind, String root, String linksetHref) {
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        boolean body = inm == null || !matches(inm, etag(p, requestKey, audience, kind, root));
        return respond(ex, render(p, requestKey, audience, kind, root, linksetHref, body), audience,
                kind, root);
    }

    private static String etag(BatteryPassport p, DigitalLink requestKey, Audience audience,
            Negotiation.Kind kind, String root) {
        DigitalLink id = PassportKeys.key(p.id());
        return etag(id + "|" + p.version() + "|" + p.issuedAt() + "|"
                + p.revisedAt().map(Object::toString).orElse("") + "|" + audience + "|" + kind
                + (kind == Negotiation.Kind.HTML ? "|" + requestKey + "|" + root : ""));
    }

    /** Renders the body (unless not wanted) and what the headers need. */
    private ResponseCache.Rendered render(BatteryPassport p, DigitalLink requestKey,
            Audience audience, Negotiation.Kind kind, String root, String linksetHref,
            boolean withBody) {
        DigitalLink id = PassportKeys.key(p.id());
        byte[] body = null;
        if (withBody) {
            body = kind == Negotiation.Kind.JSON
                    ? json.write(p, audience).getBytes(StandardCharsets.UTF_8)
                    : page(p, id, requestKey, audience, root, linksetHref)
                            .getBytes(StandardCharsets.UTF_8);
        }
        return new ResponseCache.Rendered(body, etag(p, requestKey, audience, kind, root),
                p.level(), Linkset.path(id));
    }

    private Response respond(HttpExchange ex, ResponseCache.Rendered rendered, Audience audience,
            Negotiation.Kind kind, String root) {
        Response r;
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        if (rendered.body == null || (inm != null && matches(inm, rendered.etag))) {
            r = new Response(304, null, null);
        } else if (kind == Negotiation.Kind.JSON) {
            r = new Response(200, "application/json", rendered.body);
        } else {
            r = new Response(200, "text/html; charset=utf-8", rendered.body);
            r.headers.put("Content-Language", "en");
            r.headers.put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline';"
                    + " img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
            r.headers.put("Referrer-Policy", "no-referrer");
        }
        r.headers.put("ETag", rendered.etag);
        r.headers.put(LEVEL_HEADER, rendered.level.name());
        r.headers.put(PASSPORT_HEADER, root + rendered.idPath);
        if (audience == Audience.PUBLIC) {
            r.headers.put("Cache-Control", cacheControl);
        } else {
            r.headers.put("Cache-Control", "private, no-store");
            r.privateAnswer = true;
        }
        return r;
    }

    private String page(BatteryPassport p, DigitalLink id, DigitalLink requestKey,
            Audience audience, String root, String linksetHref) {
        JsonNode doc;
        try {
            doc = TREES.readTree(json.write(p, audience));
        } catch (IOException e) {
            throw new IllegalStateException("dppkit JSON did not read back as JSON", e);
        }
        String qrText = root + Linkset.path(id);
        String svg = qrCodes ? qrCache.get(qrText) : null;
        return PassportPage.render(doc, p.level(), id, requestKey, p.category(), audience, svg,
                qrText, linksetHref);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        for (String candidate : ifNoneMatch.split(",", 32)) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** A strong entity tag: 64-bit FNV-1a of the text, in hex, quoted. */
    static String etag(String text) {
        return etag(text.getBytes(StandardCharsets.UTF_8));
    }

    static String etag(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return "\"" + Long.toHexString(h) + "\"";
    }

    private Response publicDocument(byte[] body, String type) {
        Response r = new Response(200, type, body);
        r.headers.put("Cache-Control", cacheControl);
        r.headers.put("Access-Control-Allow-Origin", "*");
        r.headers.put("ETag", etag(body));
        return r;
    }

    private byte[] description(String root) {
        StringBuilder sb = new StringBuilder(512);
        sb.append("{\"name\":");
        Texts.jsonString(sb, name);
        sb.append(",\"resolverRoot\":");
        Texts.jsonString(sb, root);
        sb.append(",\"supportedPrimaryKeys\":[\"01\"]")
                .append(",\"supportedLinkType\":[{\"namespace\":\"https://ref.gs1.org/voc/\","
                        + "\"prefix\":\"gs1:\"}]")
                .append(",\"linkTypes\":[\"gs1:dpp\"");
        List<String> seen = new ArrayList<>();
        for (Link l : links) {
            String t = l.type().curie().orElse(l.type().uri());
            if (!seen.contains(t)) {
                seen.add(t);
                sb.append(',');
                Texts.jsonString(sb, t);
            }
        }
        sb.append("],\"defaultLinkType\":\"gs1:dpp\",\"linkTypeDefaultCanBeLinkset\":true")
                .append(",\"jsonLdContextLocation\":");
        Texts.jsonString(sb, root + CONTEXT_PATH);
        sb.append(",\"supportedContextValuesEnumerated\":[]}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------ limits

    private void checkLimits(HttpExchange ex) {
        java.net.URI uri = ex.getRequestURI();
        String rawPath = uri.getRawPath();
        String rawQuery = uri.getRawQuery();
        int length = (rawPath == null ? 0 : rawPath.length())
                + (rawQuery == null ? 0 : rawQuery.length() + 1);
        if (length > maxTargetLength) {
            throw new Problem(414, "uri-too-long", "URI too long", "the request target has "
                    + length + " characters; at most " + maxTargetLength + " are accepted");
        }
        Headers h = ex.getRequestHeaders();
        int count = 0;
        long bytes = 0;
        for (Map.Entry<String, List<String>> e : h.entrySet()) {
            for (String v : e.getValue()) {
                count++;
                bytes += e.getKey().length() + 4 + (v == null ? 0 : v.length());
            }
        }
        if (count > maxHeaderCount || bytes > maxHeaderBytes) {
            throw new Problem(431, "headers-too-large", "Request header fields too large",
                    "the request has " + count + " header lines and " + bytes + " bytes; at most "
                            + maxHeaderCount + " lines and " + maxHeaderBytes + " bytes are accepted");
        }
        String length0 = h.getFirst("Content-Length");
        if (h.containsKey("Transfer-Encoding") || (length0 != null && !length0.trim().equals("0"))) {
            throw new Problem(413, "content-too-large", "Content too large",
                    "requests to the resolver have no body");
        }
    }

    private String mountPath(HttpExchange ex) {
        String p = ex.getHttpContext() == null ? "/" : ex.getHttpContext().getPath();
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private String stem(HttpExchange ex) {
        if (stem != null) {
            return stem;
        }
        String scheme = ex instanceof HttpsExchange ? "https" : "http";
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !HOST.matcher(host).matches()) {
            InetSocketAddress local = ex.getLocalAddress();
            String address = local.getAddress().getHostAddress();
            if (address.indexOf(':') >= 0) {
                address = "[" + address + "]";
            }
            host = address + ":" + local.getPort();
        }
        return scheme + "://" + host.toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------------------ sending

    /** A response to send. */
    private static final class Response {
        final int status;
        final String type;
        final byte[] body;
        final Map<String, String> headers = new LinkedHashMap<>();
        String extraLinks;
        boolean privateAnswer;

        Response(int status, String type, byte[] body) {
            this.status = status;
            this.type = type;
            this.body = body;
        }
    }

    private Response problem(Problem p, HttpExchange ex) {
        String instance = ex.getRequestURI() == null ? null : ex.getRequestURI().getRawPath();
        Response r = new Response(p.status, "application/problem+json", p.toJson(instance));
        r.headers.putAll(p.headers);
        r.headers.put("Cache-Control", "no-store");
        if (p.status == 400 || p.status == 404 || p.status == 406) {
            r.headers.put("Access-Control-Allow-Origin", "*");
        }
        return r;
    }

    private static void send(HttpExchange ex, Response r) throws IOException {
        drain(ex);
        Headers h = ex.getResponseHeaders();
        h.set("X-Content-Type-Options", "nosniff");
        for (Map.Entry<String, String> e : r.headers.entrySet()) {
            h.set(e.getKey(), e.getValue());
        }
        if (r.extraLinks != null) {
            h.add("Link", r.extraLinks);
        }
        if (r.type != null) {
            h.set("Content-Type", r.type);
        }
        boolean head = ex.getRequestMethod().equals("HEAD");
        if (r.body == null || r.status == 304 || r.status == 204) {
            ex.sendResponseHeaders(r.status, -1);
            return;
        }
        if (head) {
            h.set("Content-Length", Integer.toString(r.body.length));
            ex.sendResponseHeaders(r.status, -1);
            return;
        }
        ex.sendResponseHeaders(r.status, r.body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(r.body);
        }
    }

    /** Reads and drops a small request body so that the connection can be reused. */
    private static void drain(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] buf = new byte[512];
            int total = 0;
            int n;
            while (total < 4096 && (n = in.read(buf)) > 0) {
                total += n;
            }
        }
    }

    /** A bounded cache of inline QR code SVGs, keyed by the text encoded. */
    private static final class QrCache {
        private final Map<String, String> map;

        QrCache(int capacity) {
            this.map = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > capacity;
                }
            });
        }

        String get(String text) {
            String svg = map.get(text);
            if (svg == null) {
                svg = inlineSvg(text);
                map.put(text, svg);
            }
            return svg;
        }

        private static String inlineSvg(String text) {
            String svg = SvgRenderer.of(PrintSpec.of(PrintSpec.GS1_TARGET_X_MM, 300))
                    .render(QrSymbol.encode(text)).asString();
            svg = svg.substring(svg.indexOf("<svg")).trim();
            StringBuilder label = new StringBuilder();
            Texts.html(label, "QR code of this passport: " + text);
            return svg.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\""
                    + java.util.regex.Matcher.quoteReplacement(label.toString()) + "\" ");
        }
    }

    // ------------------------------------------------------------------------------ builder

    /**
     * Builds a {@link Resolver}. Not thread-safe: use from one thread.
     */
    public static final class Builder {
        private final PassportSource source;
        private AccessPolicy policy = AccessPolicy.publicOnly();
        private final List<Link> links = new ArrayList<>();
        private String stem;
        private String name = "dppkit battery passport resolver";
        private boolean qrCodes = true;
        private Duration maxAge = Duration.ofMinutes(1);
        private int maxTargetLength = 4096;
        private int maxHeaderCount = 64;
        private int maxHeaderBytes = 16 * 1024;
        private long cacheBytes = DEFAULT_CACHE_BYTES;

        private Builder(PassportSource source) {
            this.source = source;
        }

        /**
         * Sets the access policy (default {@link AccessPolicy#publicOnly()}).
         *
         * @param policy the policy, not null
         * @return this builder, not null
         */
        public Builder accessPolicy(AccessPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Adds a link to redirect to and list in linksets.
         *
         * @param link the link, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the link's template names a placeholder its level
         *     does not have
         */
        public Builder link(Link link) {
            Objects.requireNonNull(link, "link");
            link.checkTemplate(true);
            links.add(link);
            return this;
        }

        /**
         * Fixes the public stem (scheme and authority) the resolver writes into links, QR codes
         * and redirects, for a resolver behind a proxy; by default it is taken from the request
         * ({@code Host} header when well-formed, else the local address).
         *
         * @param stem for example {@code https://dpp.example.com}, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if not an http(s) scheme and authority without path
         */
        public Builder stem(String stem) {
            Objects.requireNonNull(stem, "stem");
            String s = stem.endsWith("/") ? stem.substring(0, stem.length() - 1) : stem;
            int colon = s.indexOf("://");
            if (colon < 0 || !(s.startsWith("http://") || s.startsWith("https://"))
                    || !HOST.matcher(s.substring(colon + 3)).matches()) {
                throw new IllegalArgumentException("stem must be http(s)://host[:port] but was '"
                        + Excerpts.truncate(stem) + "'");
            }
            this.stem = s.toLowerCase(Locale.ROOT);
            return this;
        }

        /**
         * Sets the name in the resolver description document.
         *
         * @param name the name, not blank, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if blank
         */
        public Builder name(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank");
            }
            this.name = name;
            return this;
        }

        /**
         * Sets whether pages show the passport's QR code (default true).
         *
         * @param qrCodes true to show it
         * @return this builder, not null
         */
        public Builder qrCodes(boolean qrCodes) {
            this.qrCodes = qrCodes;
            return this;
        }

        /**
         * Sets how long shared caches may keep public answers (default 1 minute).
         *
         * @param maxAge 0 to 1 day, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxAge(Duration maxAge) {
            Objects.requireNonNull(maxAge, "maxAge");
            if (maxAge.isNegative() || maxAge.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("maxAge must be 0 to 1 day but was " + maxAge);
            }
            this.maxAge = maxAge;
            return this;
        }

        /**
         * Sets the longest request target (path and query) accepted (default 4096).
         *
         * @param length 256 to 65536
         * @return this builder, not null
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxTargetLength(int length) {
            this.maxTargetLength = range("maxTargetLength", length, 256, 65536);
            return this;
        }

        /**
         * Sets the most header lines accepted (default 64).
         *
         * @param count 8 to 1000
         * @return this builder, not null
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxHeaderCount(int count) {
            this.maxHeaderCount = range("maxHeaderCount", count, 8, 1000);
            return this;
        }

        /**
         * Sets the most header bytes accepted, names and values (default 16 KiB).
         *
         * @param bytes 1024 to 1048576
         * @return this builder, not null
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxHeaderBytes(int bytes) {
            this.maxHeaderBytes = range("maxHeaderBytes", bytes, 1024, 1 << 20);
            return this;
        }

        /**
         * Sets how many bytes of rendered responses the resolver keeps in memory (default
         * {@value Resolver#DEFAULT_CACHE_BYTES}, 64 MiB; 0 keeps none). Each request still asks
         * the store which version answers (identity, version and document SHA-256, without
         * reading the document) and is served from memory only when a response rendered from
         * exactly that document for the same audience and media type is kept, so a revision is
         * never answered stale, whoever stores it. Least recently used responses go first. The
         * keys hold the audience: a restricted audience's response is never served to another.
         * The memory is this resolver's own. Bodies are kept deflated against a dictionary
         * shared by answers that look alike (same audience, media type and parent passport):
         * the public JSON of an item of a stored batch then takes a few hundred bytes with its
         * key, so the default holds about a hundred thousand of them; a page, which also holds
         * the item's QR code, a few kilobytes.
         *
         * @param bytes 0 to 64 GiB
         * @return this builder, not null
         * @throws IllegalArgumentException if out of range
         */
        public Builder cacheBytes(long bytes) {
            if (bytes < 0 || bytes > MAX_CACHE_BYTES) {
                throw new IllegalArgumentException("cacheBytes must be 0 to " + MAX_CACHE_BYTES
                        + " but was " + bytes);
            }
            this.cacheBytes = bytes;
            return this;
        }

        private static int range(String what, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(what + " must be " + min + " to " + max
                        + " but was " + value);
            }
            return value;
        }

        /**
         * Builds the resolver.
         *
         * @return the resolver, not null
         */
        public Resolver build() {
            return new Resolver(this);
        }
    }

    /**
     * Returns the number of links and the access policy's class.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Resolver[" + links.size() + " links, " + policy.getClass().getSimpleName()
                + (stem == null ? "" : ", " + stem) + "]";
    }
}
