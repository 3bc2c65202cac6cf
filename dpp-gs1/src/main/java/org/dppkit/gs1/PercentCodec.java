package org.dppkit.gs1;

import org.dppkit.gs1.internal.Excerpts;

/**
 * Percent-encoding of AI values in GS1 Digital Link URIs (RFC 3986 section 2.1, GS1 Digital
 * Link URI Syntax section 4.2); internal.
 *
 * <p>Encoding keeps the unreserved characters {@code A-Z a-z 0-9 - . _ ~} and writes every other
 * character as {@code %HH} with upper-case hex (characters above U+00FF are encoded as their UTF-8
 * bytes; AI values never hold them). Decoding decodes exactly once, accepts either hex case,
 * rejects {@code %00} and a {@code %} that is not followed by two hex digits, and maps {@code +}
 * to a space only in query values.
 */
final class PercentCodec {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** True for the RFC 3986 unreserved characters, indexed by ASCII code. */
    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
            UNRESERVED[c + ('a' - 'A')] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['.'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['~'] = true;
    }

    private PercentCodec() {
    }

    /**
     * Appends the encoded value; in query mode a space becomes {@code +}.
     *
     * @param out the builder to append to
     * @param value the raw value
     * @param query true for a query value, false for a path segment
     */
    static void encode(StringBuilder out, CharSequence value, boolean query) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 128 && UNRESERVED[c]) {
                out.append(c);
            } else if (c == ' ' && query) {
                out.append('+');
            } else if (c < 256) {
                appendHex(out, c);
            } else {
                byte[] bytes = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < n) {
                    bytes = value.subSequence(i, i + 2).toString()
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    i++;
                }
                for (byte b : bytes) {
                    appendHex(out, b & 0xFF);
                }
            }
        }
    }

    /**
     * Appends a link type for a query value: like {@link #encode(StringBuilder, CharSequence,
     * boolean)} but {@code :} and {@code /}, which RFC 3986 allows in a query, stay literal so
     * that {@code gs1:dpp} and URIs remain readable.
     *
     * @param out the builder to append to
     * @param value the link type text
     */
    static void encodeLinkType(StringBuilder out, CharSequence value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == ':' || c == '/') {
                out.append(c);
            } else {
                encode(out, value.subSequence(i, i + 1), true);
            }
        }
    }

    /**
     * Returns the encoded value.
     *
     * @param value the raw value
     * @param query true for a query value
     * @return the encoded text
     */
    static String encode(CharSequence value, boolean query) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        encode(sb, value, query);
        return sb.toString();
    }

    private static void appendHex(StringBuilder out, int b) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }

    /**
     * Decodes {@code text[from, to)} once: every byte of a {@code %HH} escape becomes the
     * character with that code (ISO-8859-1), so non-ASCII input later fails the AI's character
     * set check.
     *
     * @param text the URI text
     * @param from first index, inclusive
     * @param to last index, exclusive
     * @param query true in the query (then {@code +} means space)
     * @param what what is being decoded, for messages: an {@link ApplicationIdentifier} (whose
     *     value is decoded) or a text such as "linkType"; turned into text only on error
     * @return the decoded value
     * @throws Gs1SyntaxException {@link Gs1ErrorCode#BAD_PERCENT_ENCODING} for a {@code %} not
     *     followed by two hex digits or for {@code %00}, at the position of the {@code %}
     */
    static String decode(CharSequence text, int from, int to, boolean query, Object what) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '%' || (query && c == '+')) {
                break;
            }
            i++;
        }
        if (i == to) {
            return text.subSequence(from, to).toString();
        }
        StringBuilder sb = new StringBuilder(to - from);
        sb.append(text, from, i);
        while (i < to) {
            char c = text.charAt(i);
            if (c == '%') {
                int hi = i + 1 < to ? hexValue(text.charAt(i + 1)) : -1;
                int lo = i + 2 < to ? hexValue(text.charAt(i + 2)) : -1;
                if (hi < 0 || lo < 0) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_PERCENT_ENCODING, i,
                            label(what) + " has '%' not followed by two hex digits at position " + i
                                    + " in '" + Excerpts.excerpt(text, i) + "'");
                }
                int v = hi << 4 | lo;
                if (v == 0) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_PERCENT_ENCODING, i,
                            label(what) + " must not contain '%00' (NUL) at position " + i + " in '"
                                    + Excerpts.excerpt(text, i) + "'");
                }
                sb.append((char) v);
                i += 3;
            } else {
                sb.append(query && c == '+' ? ' ' : c);
                i++;
            }
        }
        return sb.toString();
    }

    private static String label(Object what) {
        return what instanceof ApplicationIdentifier
                ? "AI (" + ((ApplicationIdentifier) what).code() + ") value" : String.valueOf(what);
    }

    static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }
}
