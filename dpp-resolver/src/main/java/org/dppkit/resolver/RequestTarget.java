package org.dppkit.resolver;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.dppkit.core.Audience;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gs1SyntaxException;
import org.dppkit.gs1.internal.Excerpts;

/**
 * A request target read as a GS1 Digital Link: the link (without the resolver's own parameters),
 * the raw {@code linkType}, {@code version} and {@code audience} parameters, and the query string
 * to pass on when redirecting.
 *
 * <p>The resolver's parameters are taken out of the query before the Digital Link is parsed, so
 * that a link type value the Digital Link parser does not know (or, later, does not check) is
 * judged here, the same way. Error positions count from the start of the request target (the
 * path, then {@code ?} and the query) as the client sent it.
 */
final class RequestTarget {

    final DigitalLink link;
    /** The decoded linkType value, or null. */
    final String linkType;
    /** The version asked for, or 0. */
    final int version;
    /** The audience asked for, or null. */
    final Audience audience;
    /** The query as sent, without linkType (passed on by redirects), or empty. */
    final String passOnQuery;

    private RequestTarget(DigitalLink link, String linkType, int version, Audience audience,
            String passOnQuery) {
        this.link = link;
        this.linkType = linkType;
        this.version = version;
        this.audience = audience;
        this.passOnQuery = passOnQuery;
    }

    /**
     * Parses a request target.
     *
     * @param stem scheme and authority of the resolver, without a trailing slash
     * @param rawPath the raw (still percent-encoded) path, starting with '/'
     * @param rawQuery the raw query without '?', or null
     * @throws Problem 400 for a syntax error
     */
    static RequestTarget parse(String stem, String rawPath, String rawQuery) {
        String path = rawPath;
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);   // GS1: tolerate one trailing slash
        }
        int queryStart = rawPath.length() + 1;             // position of the query in the target
        String linkType = null;
        int version = 0;
        Audience audience = null;
        StringBuilder kept = new StringBuilder();
        StringBuilder passOn = new StringBuilder();
        int[] keptOffsets = new int[8];
        int keptCount = 0;
        if (rawQuery != null && !rawQuery.isEmpty()) {
            int start = 0;
            while (start <= rawQuery.length()) {
                int amp = rawQuery.indexOf('&', start);
                int end = amp < 0 ? rawQuery.length() : amp;
                String param = rawQuery.substring(start, end);
                int eq = param.indexOf('=');
                String name = eq < 0 ? param : param.substring(0, eq);
                String rawValue = eq < 0 ? "" : param.substring(eq + 1);
                int valuePos = queryStart + start + (eq < 0 ? param.length() : eq + 1);
                boolean resolverParam = true;
                if (name.equalsIgnoreCase("linkType")) {
                    if (linkType != null) {
                        throw duplicate("linkType", queryStart + start);
                    }
                    linkType = decode(rawValue, valuePos);
                    if (linkType.isEmpty()) {
                        throw Problem.badRequest("bad-link-type", "Bad link type",
                                "linkType must not be empty (position " + valuePos + ")")
                                .with("errorCode", "EMPTY").with("position", valuePos);
                    }
                } else if (name.equals("version")) {
                    if (version != 0) {
                        throw duplicate("version", queryStart + start);
                    }
                    version = version(decode(rawValue, valuePos), valuePos);
                } else if (name.equals("audience")) {
                    if (audience != null) {
                        throw duplicate("audience", queryStart + start);
                    }
                    audience = audience(decode(rawValue, valuePos), valuePos);
                } else {
                    resolverParam = false;
                }
                if (!resolverParam && !param.isEmpty()) {
                    if (kept.length() > 0) {
                        kept.append('&');
                    }
                    if (keptCount == keptOffsets.length) {
                        keptOffsets = java.util.Arrays.copyOf(keptOffsets, keptCount * 2);
                    }
                    keptOffsets[keptCount++] = kept.length();
                    keptOffsets[keptCount++] = queryStart + start;
                    kept.append(param);
                }
                if (!name.equalsIgnoreCase("linkType") && !param.isEmpty()) {
                    if (passOn.length() > 0) {
                        passOn.append('&');
                    }
                    passOn.append(param);
                }
                if (amp < 0) {
                    break;
                }
                start = amp + 1;
            }
        }
        String uri = kept.length() == 0 ? stem + path : stem + path + "?" + kept;
        try {
            DigitalLink link = DigitalLink.parse(uri);
            return new RequestTarget(link, linkType, version, audience, passOn.toString());
        } catch (Gs1SyntaxException e) {
            int p = e.position() - stem.length();
            if (p > path.length()) {
                // In the kept query: map back to the position in the query as sent.
                int inKept = p - path.length() - 1;
                int original = queryStart;
                for (int i = 0; i < keptCount; i += 2) {
                    if (keptOffsets[i] <= inKept) {
                        original = keptOffsets[i + 1] + (inKept - keptOffsets[i]);
                    }
                }
                p = original;
            }
            p = Math.max(0, p);
            String message = e.getMessage();
            throw Problem.badRequest("bad-digital-link", "Not a valid GS1 Digital Link",
                    "GS1 Digital Link syntax error " + e.errorCode() + " at position " + p
                            + " of the request target: " + Excerpts.truncate(message, 300))
                    .with("errorCode", e.errorCode().name()).with("position", p);
        }
    }

    private static Problem duplicate(String name, int position) {
        return Problem.badRequest("bad-query", "Bad query parameter",
                "query parameter " + name + " appears twice (position " + position + ")")
                .with("errorCode", "DUPLICATE_PARAMETER").with("position", position);
    }

    private static int version(String text, int position) {
        boolean ok = !text.isEmpty() && text.length() <= 9 && text.charAt(0) != '0';
        for (int i = 0; ok && i < text.length(); i++) {
            ok = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!ok) {
            throw Problem.badRequest("bad-query", "Bad query parameter",
                    "version must be a whole number from 1 to 999999999 but was '"
                            + Excerpts.truncate(text) + "' (position " + position + ")")
                    .with("errorCode", "BAD_VALUE").with("position", position);
        }
        return Integer.parseInt(text);
    }

    private static Audience audience(String text, int position) {
        String name = text.toUpperCase(Locale.ROOT).replace('-', '_');
        for (Audience a : Audience.values()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw Problem.badRequest("bad-query", "Bad query parameter",
                "audience must be public, legitimate-interest, authorities or issuer but was '"
                        + Excerpts.truncate(text) + "' (position " + position + ")")
                .with("errorCode", "BAD_VALUE").with("position", position);
    }

    /** Decodes a query value once: %HH (either case, UTF-8) and '+' as space. */
    static String decode(String raw, int position) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) {
                    throw Problem.badRequest("bad-query", "Bad query parameter",
                            "bad percent-encoding at position " + (position + i))
                            .with("errorCode", "BAD_PERCENT_ENCODING")
                            .with("position", position + i);
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                out.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw Problem.badRequest("bad-query", "Bad query parameter",
                    "percent-encoded bytes are not UTF-8 in the value at position " + position)
                    .with("errorCode", "BAD_PERCENT_ENCODING").with("position", position);
        }
    }
}
